import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { button, click, render, stubClient } from '../../test/render';
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

  it('shows an error with a retry', () => {
    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c = render(<HomePage />, stub.client, { url: '/sv/' });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Det gick inte att ladda uppgifterna.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Försök igen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });
});
