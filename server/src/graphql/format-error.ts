import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Errors whose message a client may see: ours and Apollo's request-level ones. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'THROTTLED',
  'QUERY_TOO_COMPLEX',
  'UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);

/** True for errors that mean the database is unreachable (retryable), not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; name?: string } | undefined;
  if (!e) return false;
  if (e.code && CONNECTION_ERRORS.has(e.code)) return true;
  return /Connection terminated|Connection ended unexpectedly|encountered a connection error and is not queryable|connect ECONNREFUSED|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection/i.test(
    e.message ?? '',
  );
}

/** True when PostgreSQL cancelled a statement (57014: statement_timeout): it did not answer in time. */
export function isStatementTimeout(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === '57014';
}

/**
 * Apollo's formatError: client errors pass with their code; database outages and statement
 * timeouts become UNAVAILABLE (retryable); anything else is masked as INTERNAL_SERVER_ERROR (the
 * error-log plugin logs it with the request id, which the client gets in extensions.requestId).
 */
export function makeFormatError(exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof GraphQLError && code && CLIENT_CODES.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      void _omit;
      return { ...formatted, extensions };
    }
    // Apollo's request-level errors without a code ("provided sha does not match query") carry
    // the 4xx status they are sent with: the client's mistake, told as such.
    const status = (original as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
    if (
      original instanceof GraphQLError &&
      (!code || code === 'INTERNAL_SERVER_ERROR') &&
      status?.status &&
      status.status >= 400 &&
      status.status < 500
    ) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    if (isStatementTimeout(original)) {
      return {
        message: 'The request took too long; please retry or ask for less.',
        path: formatted.path,
        extensions: { code: 'UNAVAILABLE', retryable: true },
      };
    }
    if (isDatabaseUnavailable(original)) {
      return {
        message: 'The service is temporarily unavailable; please retry.',
        path: formatted.path,
        extensions: { code: 'UNAVAILABLE', retryable: true },
      };
    }
    return {
      message: exposeDetails && original instanceof Error ? original.message : 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
