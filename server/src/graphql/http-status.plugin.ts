import type { ApolloServerPlugin } from '@apollo/server';

/** Request errors that GraphQL over HTTP answers with 200 to a client that accepts only application/json. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * GraphQL over HTTP: parse, validation and variable errors are 400 for clients that accept
 * application/graphql-response+json (Apollo's answer) but 200 for those whose Accept header
 * names and prefers application/json (the legacy media type). A request without Accept, or with
 * only wildcards (fetch's default: any type), keeps Apollo's 400.
 */
export function httpStatusPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.data !== undefined || !result.errors?.length) return;
          if (!result.errors.every((e) => REQUEST_ERRORS.has(e.extensions?.code as string))) return;
          if (prefersLegacyJson(request.http?.headers.get('accept'))) response.http.status = 200;
        },
      };
    },
  };
}

/** True when the Accept header names application/json itself and prefers it to graphql-response+json. */
export function prefersLegacyJson(accept: string | undefined): boolean {
  return preferredType(accept) === JSON_TYPE && /(^|,)\s*application\/json\s*(;|,|$)/i.test(accept ?? '');
}

/**
 * Which of the two JSON media types an Accept header prefers, as Apollo negotiates it: higher q,
 * then the more specific range, then the earlier range, then application/json.
 */
export function preferredType(accept: string | undefined): string | null {
  if (!accept) return null;
  const ranges = accept.split(',').map((part, order) => {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { range: range.trim(), q: q ? Number(q.slice(2)) : 1, order };
  });
  const score = (type: string) => {
    let best: { q: number; s: number; order: number } | null = null;
    for (const r of ranges) {
      const s = r.range === type ? 2 : r.range === 'application/*' ? 1 : r.range === '*/*' ? 0 : -1;
      if (s < 0 || (best && s <= best.s)) continue;
      best = { q: Number.isFinite(r.q) ? r.q : 0, s, order: r.order };
    }
    return best && best.q > 0 ? best : null;
  };
  const json = score(JSON_TYPE);
  const gql = score(GRAPHQL_RESPONSE_TYPE);
  if (!json || !gql) return json ? JSON_TYPE : gql ? GRAPHQL_RESPONSE_TYPE : null;
  const prefersGql =
    gql.q > json.q || (gql.q === json.q && (gql.s > json.s || (gql.s === json.s && gql.order < json.order)));
  return prefersGql ? GRAPHQL_RESPONSE_TYPE : JSON_TYPE;
}
