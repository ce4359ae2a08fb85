import { afterEach, expect, it, vi } from 'vitest';
import { pipe, subscribe } from 'wonka';
import { createUrqlClient } from '../../app/urql';
import { stubApi } from '../../test/fake-api';
import {
  CreateConceptMutation,
  DeleteConceptMutation,
  SearchConceptsQuery,
  UpdateConceptMutation,
} from './thesaurus.queries';

afterEach(() => vi.unstubAllGlobals());

type Concept = { id: string; fi: string[]; sv: string[]; en: string[]; version: number };

it('shows each change of the thesaurus in the list through the cache (app/cache-updates.ts)', async () => {
  let concepts: Concept[] = [{ id: 'U2VhcmNoQ29uY2VwdDox', fi: ['kaava'], sv: ['plan'], en: [], version: 1 }];
  const { operations } = stubApi({
    searchConcepts: () => concepts,
    createSearchConcept: ({ input }: { input: Omit<Concept, 'id' | 'version'> }) => {
      const created = { ...input, id: 'U2VhcmNoQ29uY2VwdDoy', version: 1 };
      concepts = [...concepts, created];
      return created;
    },
    updateSearchConcept: ({ input }: { input: Omit<Concept, 'version'> & { expectedVersion: number } }) => {
      const { expectedVersion, ...terms } = input;
      const updated = { ...terms, version: expectedVersion + 1 };
      concepts = concepts.map((c) => (c.id === input.id ? updated : c));
      return updated;
    },
    deleteSearchConcept: ({ id }: { id: string }) => {
      concepts = concepts.filter((c) => c.id !== id);
      return id;
    },
  });
  const client = createUrqlClient('http://localhost/graphql');
  const seen: Concept[][] = [];
  const { unsubscribe } = pipe(
    client.query(SearchConceptsQuery, {}),
    subscribe((r) => {
      if (r.data) seen.push(r.data.searchConcepts);
    }),
  );
  const terms = () => seen.at(-1)?.map((c) => [...c.fi, ...c.sv, ...c.en].join(' '));
  await vi.waitFor(() => expect(terms()).toEqual(['kaava plan']));

  const input = { fi: ['avoin lähdekoodi'], sv: ['öppen källkod'], en: ['open source'] };
  await client.mutation(CreateConceptMutation, { input }).toPromise();
  await vi.waitFor(() => expect(terms()).toEqual(['kaava plan', 'avoin lähdekoodi öppen källkod open source']));

  const update = { id: 'U2VhcmNoQ29uY2VwdDox', expectedVersion: 1, fi: ['kaava', 'asemakaava'], sv: ['plan'], en: [] };
  await client.mutation(UpdateConceptMutation, { input: update }).toPromise();
  await vi.waitFor(() => expect(terms()?.[0]).toBe('kaava asemakaava plan'));

  await client.mutation(DeleteConceptMutation, { id: 'U2VhcmNoQ29uY2VwdDox' }).toPromise();
  await vi.waitFor(() => expect(terms()).toEqual(['avoin lähdekoodi öppen källkod open source']));
  expect(operations.filter((o) => o === 'Thesaurus_Query').length).toBeGreaterThanOrEqual(3);
  unsubscribe();
});
