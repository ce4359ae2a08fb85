import type { CombinedError } from 'urql';

/** The arguments a page looks its object up by (`organisation(id:)`, `project(slug:)`, `municipality(code:)` …). */
const LOOKUP_ARGUMENTS = new Set(['id', 'slug', 'code', 'node']);

/**
 * The API answered that the asked-for object does not exist (extensions.code NOT_FOUND), or that
 * the id, slug or code a root field looks it up by is malformed (BAD_USER_INPUT naming that
 * argument): `/organisations/xyz` names nothing either. Other bad input is not "not found".
 */
export function isNotFound(error: CombinedError): boolean {
  return error.graphQLErrors.some(
    (e) =>
      e.extensions?.code === 'NOT_FOUND' ||
      (e.path?.length === 1 &&
        e.extensions?.code === 'BAD_USER_INPUT' &&
        !e.extensions.field &&
        LOOKUP_ARGUMENTS.has(String(e.extensions.argumentName))),
  );
}

/** The API rejected the value of `argumentName` (extensions.code BAD_USER_INPUT): asking again cannot help. */
export function isBadInput(error: CombinedError, argumentName: string): boolean {
  return error.graphQLErrors.some(
    (e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.argumentName === argumentName,
  );
}

/**
 * Whether the API turned the request away for the caller's rate limit (HTTP 429, extensions.code
 * THROTTLED), and after how many seconds it takes requests again: extensions.retryAfterSeconds,
 * else the Retry-After header, else null (unknown). `false` for any other error.
 */
export function throttled(error: CombinedError): { retryAfterSeconds: number | null } | false {
  const graphQL = error.graphQLErrors.find((e) => e.extensions?.code === 'THROTTLED');
  const response = error.response as Response | undefined;
  if (!graphQL && response?.status !== 429) return false;
  const seconds = [graphQL?.extensions.retryAfterSeconds, response?.headers?.get('retry-after')]
    .map(Number)
    .find((s) => Number.isFinite(s) && s > 0);
  return { retryAfterSeconds: seconds ?? null };
}
