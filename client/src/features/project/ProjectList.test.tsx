import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { page, project } from '../../test/fixtures';
import { button, click, render, stubClient } from '../../test/render';
import { PAGE_SIZE, ProjectList } from './ProjectList';
import ProjectsPage from './ProjectsPage';

// Collapses source formatting only: the no-break spaces Intl puts in amounts must stay.
const text = (el: Element | null | undefined) => el?.textContent?.replace(/[ \n]+/g, ' ').trim();

/** A description list as [term, details] pairs. */
const facts = (dl: Element | null) =>
  [...(dl?.querySelectorAll('dt') ?? [])].map((dt) => [text(dt), text(dt.nextElementSibling)]);

describe('ProjectList', () => {
  it('shows a loading status until the first page arrives', () => {
    const c = render(<ProjectList />, stubClient(() => undefined).client, { url: '/fi/projects' });
    expect(text(c.querySelector('[role="status"]'))).toBe('Ladataan hankkeita…');
    expect(c.querySelector('ul')).toBeNull();
  });

  it('shows an error with a retry that asks the network again', () => {
    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c = render(<ProjectList />, stub.client, { url: '/fi/projects' });

    expect(text(c.querySelector('[role="alert"] p'))).toBe('Hankkeiden lataaminen epäonnistui.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Yritä uudelleen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
    expect(stub.executeQuery.mock.calls.at(-1)?.[1]).toMatchObject({ requestPolicy: 'network-only' });
  });

  it('says so when there are no projects', () => {
    const c = render(<ProjectList />, stubClient(() => ({ data: page([]) })).client, { url: '/sv/projects' });
    expect(text(c.querySelector('.empty'))).toBe('Inga projekt hittades.');
    expect(c.querySelector('ul')).toBeNull();
  });

  it('renders projects with labels, euros and a marked fallback name', () => {
    const swedishOnly = project({
      id: 'UHJvamVjdDoy',
      acronym: null,
      name: { text: 'Digital skärgård', lang: 'sv', isFallback: true },
      status: 'COMPLETED',
      themes: ['DATA_QUALITY'],
      grants: [{ id: 'R3JhbnQ6Mg==', maxAmountEur: null, call: { id: 'RnVuZGluZ0NhbGw6MjAyMg==', year: 2022 } }],
    });
    const stub = stubClient(() => ({ data: page([project(), swedishOnly]) }));
    const c = render(<ProjectList />, stub.client, { url: '/fi/projects' });

    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ lang: 'fi', first: PAGE_SIZE, after: null });
    expect(text(c.querySelector('.count'))).toBe('2 hanketta');
    const [first, second] = c.querySelectorAll('article');

    expect(text(first.querySelector('h2'))).toBe('Rakennusvalvonnan sähköistäminen (RASA)');
    expect(first.querySelector('h2 [lang]')).toBeNull();
    expect(facts(first.querySelector('dl'))).toEqual([
      ['Tila', 'Käynnissä'],
      ['Vastuuorganisaatio', 'Helsinki'],
      ['Osallistujat', '5'],
      ['Avustukset', '2021: enintään 150\u00a0000\u00a0€'],
    ]);
    expect([...first.querySelectorAll('.tags li')].map(text)).toEqual([
      'Rakennettu ympäristö',
      'Sähköinen lupa ja rakennusvalvonta',
    ]);

    const fallback = second.querySelector('h2 [lang]');
    expect(fallback?.getAttribute('lang')).toBe('sv');
    expect(text(fallback)).toBe('Digital skärgård');
    expect(text(second.querySelector('h2'))).toBe('Digital skärgård (ruotsiksi)');
    expect(facts(second.querySelector('dl'))).toContainEqual(['Tila', 'Päättynyt']);
    expect(facts(second.querySelector('dl'))).toContainEqual(['Avustukset', '2022: summa ei tiedossa']);
    expect(text(second.querySelector('.tags'))).toBe('Tiedon laatu');
    expect(button(c, 'Näytä lisää hankkeita')).toBeUndefined();
  });

  it('loads the next page after the cursor and moves focus to it', () => {
    const next = project({
      id: 'UHJvamVjdDoz',
      acronym: null,
      name: { text: 'Tiedolla johtaminen', lang: 'fi', isFallback: false },
    });
    const stub = stubClient(({ variables }) => ({
      data:
        variables?.after === 'c1' ? page([next], { totalCount: 2 }) : page([project()], { totalCount: 2, next: 'c1' }),
    }));
    const c = render(<ProjectList />, stub.client, { url: '/en/projects' });
    expect(c.querySelectorAll('article')).toHaveLength(1);

    click(button(c, 'Show more projects'));

    expect(stub.executeQuery.mock.calls.map(([r]) => r.variables?.after)).toContain('c1');
    const headings = [...c.querySelectorAll('article h2')];
    expect(headings.map(text)).toEqual(['Rakennusvalvonnan sähköistäminen (RASA)', 'Tiedolla johtaminen']);
    expect(document.activeElement).toBe(headings[1]);
    expect(c.querySelectorAll('ul.project-list')).toHaveLength(1);
    expect(button(c, 'Show more projects')).toBeUndefined();
  });

  it('keeps the loaded projects when the next page fails', () => {
    const stub = stubClient(({ variables }) =>
      variables?.after === 'c1'
        ? { error: new CombinedError({ networkError: new Error('offline') }) }
        : { data: page([project()], { totalCount: 2, next: 'c1' }) },
    );
    const c = render(<ProjectList />, stub.client, { url: '/fi/projects' });

    click(button(c, 'Näytä lisää hankkeita'));

    expect(c.querySelectorAll('article')).toHaveLength(1);
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Hankkeiden lataaminen epäonnistui.');
    expect(button(c, 'Yritä uudelleen')).toBeDefined();
    expect(button(c, 'Näytä lisää hankkeita')).toBeUndefined();
  });
});

describe('ProjectsPage', () => {
  it('offers every project as a CSV download in the page language', () => {
    const c = render(<ProjectsPage />, stubClient(() => undefined).client, { url: '/sv/projects' });
    const a = c.querySelector('.list-downloads a');
    expect(text(a)).toBe('Ladda ned projekten som CSV');
    expect(a?.getAttribute('href')).toBe('/export/projects.csv?lang=sv');
    expect(a?.hasAttribute('download')).toBe(true);
  });
});
