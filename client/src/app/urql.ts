import { cacheExchange, Client, fetchExchange } from 'urql';

/** The API is served from the same origin (proxied by Vite in development). */
export function createUrqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    // urql sends short queries as GET, which Apollo's CSRF prevention rejects without a preflight header.
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
  });
}
