import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { button, cleanup, click, link, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import { HomePage } from './HomePage';

const stats = {
  stats: {
    projectCount: 20,
    deliverableCount: 5,
    participatingOrganisationCount: 52,
    adoptionCount: 0,
    grantTotalEur: 12024016,
  },
};

describe('HomePage', () => {
  it('keeps the figure boxes in place while loading', () => {
    const c = render(<HomePage />, stubClient(() => undefined).client);
    expect(c.querySelector('.figures')?.getAttribute('aria-busy')).toBe('true');
    expect(c.querySelectorAll('.figures .skeleton-text')).toHaveLength(5);
    expect(text(c.querySelector('[role="status"]'))).toBe('Ladataan…');
  });

  it('shows the key figures in the page language', () => {
    const c = render(<HomePage />, stubClient(() => ({ data: stats })).client, { url: '/en/' });
    expect(text(c.querySelector('h1'))).toBe('Municipal digitalisation projects');
    expect([...c.querySelectorAll('.figures dd')].map(text)).toEqual(['20', '5', '52', '0', '€12,024,016']);
    expect(c.querySelector('.theme-links a')?.getAttribute('href')).toBe('/en/search?theme=BUILT_ENVIRONMENT');
    expect(c.querySelector('form[role="search"] label')?.textContent).toBe(
      'Search projects, results and organisations',
    );
  });

  it('links the feeds of new and updated deliverables and projects, visibly and in the head', () => {
    for (const [lang, intro, deliverables, projects] of [
      ['fi', 'Seuraa syötteenlukijalla (Atom):', 'uudet ja päivitetyt tulokset', 'uudet ja päivitetyt hankkeet'],
      ['sv', 'Följ med en flödesläsare (Atom):', 'nya och uppdaterade resultat', 'nya och uppdaterade projekt'],
    ]) {
      const c = render(<HomePage />, stubClient(() => ({ data: stats })).client, { url: `/${lang}/` });
      expect(text(c.querySelector('.feed-links'))).toBe(`${intro} ${deliverables}, ${projects}`);
      expect(link(c, deliverables)?.getAttribute('href')).toBe(`/feeds/deliverables.atom?lang=${lang}`);
      expect(link(c, projects)?.getAttribute('href')).toBe(`/feeds/projects.atom?lang=${lang}`);
      const head = [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')];
      expect(head.map((l) => [l.getAttribute('href'), l.getAttribute('title')])).toEqual([
        [`/feeds/deliverables.atom?lang=${lang}`, `Kuntagraph: ${deliverables} (Atom)`],
        [`/feeds/projects.atom?lang=${lang}`, `Kuntagraph: ${projects} (Atom)`],
      ]);
      cleanup();
    }
    // Gone from the head with the page.
    expect(document.head.querySelector('link[rel="alternate"]')).toBeNull();
  });

  it('shows an error with a retry', () => {
    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c = render(<HomePage />, stub.client, { url: '/sv/' });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Det gick inte att ladda uppgifterna.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Försök igen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });
});
