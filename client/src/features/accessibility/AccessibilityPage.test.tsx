import { describe, expect, it } from 'vitest';
import { render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import AccessibilityPage, { feedbackHref } from './AccessibilityPage';
import { STATEMENTS } from './statement';

const at = (lang: string) => ({ url: `/${lang}/accessibility`, path: '/:lang/accessibility' });

describe('AccessibilityPage', () => {
  it('has the parts the law asks for, in each language', () => {
    for (const [lang, title, status] of [
      ['fi', 'Saavutettavuusseloste', 'osittain'],
      ['sv', 'Tillgänglighetsutlåtande', 'delvis'],
      ['en', 'Accessibility statement', 'partially'],
    ] as const) {
      const c = render(<AccessibilityPage feedback={undefined} />, stubClient(() => undefined).client, at(lang));
      expect(text(c.querySelector('h1'))).toBe(title);
      expect(document.title).toBe(`${title} – Kuntagraph`);
      const headings = [...c.querySelectorAll('h2')].map(text);
      const s = STATEMENTS[lang];
      expect(headings).toEqual([
        s.statusHeading,
        s.missingHeading,
        s.assessedHeading,
        s.feedbackHeading,
        s.authorityHeading,
      ]);
      expect(text(c.querySelector('section strong'))).toContain(status);
      expect(
        c.querySelector(
          'a[href^="https://www.saavutettavuusvaatimukset.fi"], a[href^="https://www.webbtillganglighet.fi"]',
        ),
      ).not.toBeNull();
      // No invented address: without configuration the statement says none is set.
      expect(c.querySelector('a[href^="mailto:"]')).toBeNull();
      expect(text(c.querySelector('.section-note'))).toBe(s.feedbackUnset);
    }
  });

  it('shows the operator’s configured feedback address', () => {
    const c = render(
      <AccessibilityPage feedback="saavutettavuus@example.org" />,
      stubClient(() => undefined).client,
      at('fi'),
    );
    const a = c.querySelector('a[href^="mailto:"]');
    expect(a?.getAttribute('href')).toBe('mailto:saavutettavuus@example.org');
    expect(a?.textContent).toBe('saavutettavuus@example.org');
  });

  it('accepts only https, mailto or e-mail feedback addresses', () => {
    expect(feedbackHref(undefined)).toBeNull();
    expect(feedbackHref(' ')).toBeNull();
    expect(feedbackHref('javascript:alert(1)')).toBeNull();
    expect(feedbackHref('https://github.com/example/kuntagraph/issues')).toBe(
      'https://github.com/example/kuntagraph/issues',
    );
    expect(feedbackHref('a@b.fi')).toBe('mailto:a@b.fi');
  });
});
