import { cacheExchange, type KeyingConfig } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';
import { mutationUpdates } from './cache-updates';
import { EMBEDDED_TYPES, EMBEDDED_WITH_ID, POSSIBLE_TYPES } from './cache-keys';

/** Graphcache's `keys`: entities are keyed by their `id` by default; these are stored embedded. */
export const cacheKeys: KeyingConfig = Object.fromEntries(
  [...EMBEDDED_TYPES, ...EMBEDDED_WITH_ID].map((typename) => [typename, () => null]),
);

/** The normalised cache: one copy of each entity, shared by every page that shows it. */
export function createCacheExchange() {
  return cacheExchange({
    keys: cacheKeys,
    possibleTypes: Object.fromEntries(Object.entries(POSSIBLE_TYPES).map(([t, types]) => [t, [...types]])),
    updates: { Mutation: mutationUpdates },
  });
}

/** The API is served from the same origin (proxied by Vite in development). */
export function createUrqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    // urql sends short queries as GET, which Apollo's CSRF prevention rejects without a preflight header.
    preferGetMethod: false,
    exchanges: [createCacheExchange(), fetchExchange],
  });
}
