import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { button, cleanup, click, operationName, render } from '../../test/render';
import { field, settle, stubFormClient, submit, type, type Respond } from '../../test/mutations';
import { text } from '../../test/text';
import { viewer } from '../account/account.fixtures';
import ThesaurusPage from './ThesaurusPage';

afterEach(cleanup);

const concept = (id: string, fi: string[], sv: string[], en: string[], version = 1) => ({
  __typename: 'SearchConcept',
  id,
  fi,
  sv,
  en,
  version,
});

const CONCEPTS = [
  concept('C1', ['rakennuslupa'], ['bygglov'], ['building permit'], 4),
  concept('C2', ['kaavoitus', 'kaava'], ['planläggning'], ['land use planning']),
  concept('C3', ['avoin data'], [], ['open data']),
];

const apiError = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  error: new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, ...extensions } })] }),
});

function setup({
  me = null as unknown,
  concepts = () => CONCEPTS as unknown[],
  mutation = (() => undefined) as Respond,
  lang = 'en',
} = {}) {
  const stub = stubFormClient(
    (r) => (operationName(r) === 'Viewer_Query' ? { data: { me } } : { data: { searchConcepts: concepts() } }),
    mutation,
  );
  const c = render(<ThesaurusPage />, stub.client, { url: `/${lang}/thesaurus` });
  return { c, stub };
}

const curator = viewer({ isAdmin: true });
const rows = (c: HTMLElement) =>
  [...c.querySelectorAll('.concept-table tbody tr:not(.concept-edit-row)')].map((tr) =>
    [...tr.children].slice(0, 3).map(text),
  );
const mutations = (stub: ReturnType<typeof setup>['stub']) =>
  stub.executeMutation.mock.calls.map(([r]) => ({
    name: operationName(r),
    variables: r.variables as Record<string, unknown>,
  }));

describe('ThesaurusPage', () => {
  it('lists the concepts in a table for a reader, without edit controls', async () => {
    const { c } = setup();
    await settle();
    expect(text(c.querySelector('h1'))).toBe('Search thesaurus');
    expect(document.title).toBe('Search thesaurus – Kuntagraph');
    expect(text(c.querySelector('h1 + p'))).toContain('also finds texts with any of the same concept’s other terms');
    expect(text(c.querySelector('.concept-table caption'))).toBe('Search thesaurus, 3 concepts');
    const headers = [...c.querySelectorAll('.concept-table thead th')];
    expect(headers.map(text)).toEqual(['Suomi', 'Svenska', 'English']);
    expect(headers.map((h) => [h.getAttribute('scope'), h.getAttribute('lang')])).toEqual([
      ['col', 'fi'],
      ['col', 'sv'],
      ['col', 'en'],
    ]);
    expect(rows(c)).toEqual([
      ['rakennuslupa', 'bygglov', 'building permit'],
      ['kaavoitus, kaava', 'planläggning', 'land use planning'],
      ['avoin data', '–no terms', 'open data'],
    ]);
    // The terms in the page's language head each row.
    expect([...c.querySelectorAll('.concept-table tbody th[scope="row"]')].map(text)).toEqual([
      'building permit',
      'land use planning',
      'open data',
    ]);
    expect(c.querySelector('.concept-table tbody td [lang="sv"]')?.textContent).toBe('bygglov');
    expect(c.querySelector('form')).toBeNull();
    expect(c.querySelectorAll('.concept-table button')).toHaveLength(0);
    expect(c.querySelectorAll('.concept-table thead th')).toHaveLength(3);
  });

  it('narrows the rows to the concepts with the filter in a term', async () => {
    const { c } = setup();
    await settle();
    type(field(c, 'Filter by part of a term'), '  PLAN ');
    expect(rows(c)).toEqual([['kaavoitus, kaava', 'planläggning', 'land use planning']]);
    expect(text(c.querySelector('.concept-table caption'))).toBe('Concepts with "PLAN" in a term: 1 concept of 3');
    type(field(c, 'Filter by part of a term'), 'data');
    expect(rows(c)).toEqual([['avoin data', '–no terms', 'open data']]);
    type(field(c, 'Filter by part of a term'), 'xyz');
    expect(c.querySelector('.concept-table')).toBeNull();
    expect(text(c.querySelector('.empty'))).toBe('No concepts with "xyz" in a term.');
    expect([...c.querySelectorAll('[role="status"]')].map(text)).toContain('No concepts with "xyz" in a term.');
    type(field(c, 'Filter by part of a term'), '');
    expect(rows(c)).toHaveLength(3);
  });

  it('speaks Finnish and Swedish', async () => {
    const fi = setup({ lang: 'fi' });
    await settle();
    expect(text(fi.c.querySelector('h1'))).toBe('Hakusanasto');
    expect(text(fi.c.querySelector('.concept-table caption'))).toBe('Hakusanasto, 3 käsitettä');
    cleanup();
    const sv = setup({ lang: 'sv', me: curator });
    await settle();
    expect(text(sv.c.querySelector('h1'))).toBe('Sökordlista');
    expect(field(sv.c, 'Termer på svenska').getAttribute('lang')).toBe('sv');
    expect(button(sv.c, 'Redigera bygglov')).toBeDefined();
  });

  it('gives a curator the add form and, per row, Edit and Delete', async () => {
    const { c } = setup({ me: curator });
    await settle();
    expect(text(c.querySelector('form h2'))).toBe('New concept');
    for (const label of ['Finnish terms', 'Swedish terms', 'English terms']) expect(field(c, label)).toBeDefined();
    expect(field(c, 'Finnish terms').getAttribute('lang')).toBe('fi');
    expect(text(c.querySelectorAll('.concept-table thead th')[3])).toBe('Actions');
    expect(button(c, 'Edit building permit')?.getAttribute('aria-expanded')).toBe('false');
    expect(button(c, 'Delete land use planning')).toBeDefined();
  });

  it('adds a concept with the comma-separated terms split and trimmed', async () => {
    const { c, stub } = setup({
      me: curator,
      mutation: () => ({
        data: { createSearchConcept: concept('C4', ['avoin lähdekoodi'], ['öppen källkod'], ['open source']) },
      }),
    });
    await settle();
    // One term is not a concept: said before asking the API.
    type(field(c, 'Finnish terms'), 'avoin lähdekoodi');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('.error-summary li'))).toBe(
      'Give the concept at least two terms, for example one in Finnish and one in Swedish.',
    );
    expect(document.activeElement).toBe(c.querySelector('.error-summary'));
    expect(stub.executeMutation).not.toHaveBeenCalled();

    type(field(c, 'Finnish terms'), ' avoin lähdekoodi ,');
    type(field(c, 'Swedish terms'), 'öppen källkod');
    type(field(c, 'English terms'), '  open source  ');
    submit(c.querySelector('form'));
    await settle();
    const [sent] = mutations(stub);
    expect(sent.name).toBe('Thesaurus_Create');
    expect(sent.variables.input).toEqual({ fi: ['avoin lähdekoodi'], sv: ['öppen källkod'], en: ['open source'] });
    expect(sent.variables.idempotencyKey).toMatch(/^web-/);
    const notice = c.querySelector('.notice-success');
    expect(text(notice)).toBe('Concept "open source" added to the search thesaurus.');
    expect(document.activeElement).toBe(notice);
    expect(c.querySelector('.error-summary')).toBeNull();
    expect(field(c, 'Finnish terms').value).toBe('');
  });

  it('shows the API’s BAD_USER_INPUT message in the summary and beside the input', async () => {
    const message = '"bygglov" is already a term of another concept.';
    const { c } = setup({
      me: curator,
      mutation: () => apiError('BAD_USER_INPUT', message, { argumentName: 'input', field: 'fi' }),
    });
    await settle();
    type(field(c, 'Finnish terms'), 'lupa');
    type(field(c, 'Swedish terms'), 'bygglov');
    submit(c.querySelector('form'));
    await settle();
    const summary = c.querySelector('.error-summary');
    expect(document.activeElement).toBe(summary);
    expect(text(summary?.querySelector('li'))).toBe(`Finnish terms: ${message}`);
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#f-concept-new-fi');
    expect(field(c, 'Finnish terms').getAttribute('aria-describedby')).toContain('f-concept-new-fi-statusText');
    expect(text(c.querySelector('#f-concept-new-fi-statusText'))).toBe(message);
    expect(field(c, 'Swedish terms').value).toBe('bygglov');
  });

  it('edits a concept inline against the version it started from', async () => {
    const { c, stub } = setup({
      me: curator,
      mutation: () => ({
        data: {
          updateSearchConcept: concept('C1', ['rakennuslupa'], ['bygglov', 'byggnadslov'], ['building permit'], 5),
        },
      }),
    });
    await settle();
    const edit = button(c, 'Edit building permit')!;
    click(edit);
    await settle();
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    const row = c.querySelector('.concept-edit-row')!;
    expect(row.id).toBe(edit.getAttribute('aria-controls'));
    expect(text(row.querySelector('h3'))).toBe('Edit concept "building permit"');
    const fi = row.querySelector<HTMLInputElement>('#f-concept-C1-fi')!;
    expect(document.activeElement).toBe(fi);
    expect(fi.value).toBe('rakennuslupa');
    type(row.querySelector('#f-concept-C1-sv'), 'bygglov, byggnadslov');
    submit(row.querySelector('form'));
    await settle();
    expect(mutations(stub)[0]).toMatchObject({
      name: 'Thesaurus_Update',
      variables: {
        input: {
          id: 'C1',
          expectedVersion: 4,
          fi: ['rakennuslupa'],
          sv: ['bygglov', 'byggnadslov'],
          en: ['building permit'],
        },
      },
    });
    expect(c.querySelector('.concept-edit-row')).toBeNull();
    expect(document.activeElement).toBe(edit);
    expect([...c.querySelectorAll('[role="status"]')].map(text)).toContain(
      'Changes to concept "building permit" saved.',
    );
  });

  it('closes the edit form on cancel, back on its Edit button', async () => {
    const { c, stub } = setup({ me: curator });
    await settle();
    const edit = button(c, 'Edit open data')!;
    click(edit);
    await settle();
    click(button(c.querySelector<HTMLElement>('.concept-edit-row')!, 'Cancel'));
    await settle();
    expect(c.querySelector('.concept-edit-row')).toBeNull();
    expect(document.activeElement).toBe(edit);
    expect(stub.executeMutation).not.toHaveBeenCalled();
  });

  it('names the stored terms after a conflict and saves again against the new version', async () => {
    let stored = CONCEPTS;
    let answer = apiError('CONFLICT', 'stale', { field: 'expectedVersion' }) as ReturnType<Respond>;
    const { c, stub } = setup({
      me: curator,
      concepts: () => stored,
      mutation: () => answer,
    });
    await settle();
    click(button(c, 'Edit building permit'));
    await settle();
    stored = [concept('C1', ['rakennuslupa', 'rakentamislupa'], ['bygglov'], ['building permit'], 6), ...CONCEPTS];
    const row = () => c.querySelector('.concept-edit-row')!;
    type(row().querySelector('#f-concept-C1-en'), 'building permit, construction permit');
    submit(row().querySelector('form'));
    await settle();
    expect(stub.query).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(row().querySelector('.error-summary'));
    expect(text(row().querySelector('.error-summary li'))).toBe(
      'Someone else changed the concept meanwhile. Now stored: Suomi: rakennuslupa, rakentamislupa; ' +
        'Svenska: bygglov; English: building permit. The form still holds your terms: save again to replace the stored ones with them.',
    );
    expect(row().querySelector<HTMLInputElement>('#f-concept-C1-en')!.value).toBe(
      'building permit, construction permit',
    );
    answer = { data: { updateSearchConcept: concept('C1', ['rakennuslupa'], ['bygglov'], ['building permit'], 7) } };
    submit(row().querySelector('form'));
    await settle();
    expect(mutations(stub).map((m) => (m.variables.input as { expectedVersion: number }).expectedVersion)).toEqual([
      4, 6,
    ]);
    expect(c.querySelector('.concept-edit-row')).toBeNull();
  });

  it('deletes a concept only after confirmation, then goes on from the table’s heading', async () => {
    const { c, stub } = setup({ me: curator, mutation: () => ({ data: { deleteSearchConcept: 'C2' } }) });
    await settle();
    click(button(c, 'Delete land use planning'));
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('[role="group"] p'))).toBe(
      'Delete concept "land use planning" and its terms from the search thesaurus? The search will no longer link its terms.',
    );
    expect(document.activeElement).toBe(button(c, 'Yes, delete'));
    click(button(c, 'Yes, delete'));
    await settle();
    expect(mutations(stub)).toEqual([{ name: 'Thesaurus_Delete', variables: { id: 'C2' } }]);
    expect(document.activeElement).toBe(c.querySelector('#concepts-heading'));
    expect([...c.querySelectorAll('[role="status"]')].map(text)).toContain(
      'Concept "land use planning" deleted from the search thesaurus.',
    );
  });

  it('shows a retry when the thesaurus does not load', async () => {
    const stub = stubFormClient((r) =>
      operationName(r) === 'Viewer_Query' ? { data: { me: null } } : apiError('INTERNAL_SERVER_ERROR', 'boom'),
    );
    const c = render(<ThesaurusPage />, stub.client, { url: '/en/thesaurus' });
    await settle();
    expect(text(c.querySelector('[role="alert"]'))).toContain('Loading the search thesaurus failed.');
  });
});
