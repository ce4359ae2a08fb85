import { GraphQLError } from 'graphql';

/** The codes a client can see in `extensions.code` (ARCHITECTURE.md decision 6). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'THROTTLED'
  | 'QUERY_TOO_COMPLEX'
  | 'UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** A client mistake in an argument: names the argument (and the field inside it, if any). */
export class BadUserInputError extends GraphQLError {
  declare readonly extensions: {
    code: 'BAD_USER_INPUT';
    argumentName: string;
    field?: string;
    /** Every invalid field when several are (the first is also in `field`). */
    fields?: { field: string; message: string }[];
  };
  constructor(argumentName: string, message: string, field?: string, fields?: { field: string; message: string }[]) {
    super(message, {
      extensions: { code: 'BAD_USER_INPUT', argumentName, ...(field ? { field } : {}), ...(fields ? { fields } : {}) },
    });
  }
}

/** No node of that id, slug or code exists (or is visible to the caller). */
export class NotFoundError extends GraphQLError {
  declare readonly extensions: { code: 'NOT_FOUND'; argumentName: string };
  constructor(argumentName: string, message: string) {
    super(message, { extensions: { code: 'NOT_FOUND', argumentName } });
  }
}

/** The challenge of a 401 (RFC 6750, section 3); with `error` when the credentials sent were bad. */
export const BEARER_CHALLENGE = 'Bearer realm="kuntagraph"';
const INVALID_TOKEN_CHALLENGE = `${BEARER_CHALLENGE}, error="invalid_token"`;

/** No valid credentials: the caller must sign in (or sent an unknown or revoked API key). */
export class UnauthenticatedError extends GraphQLError {
  declare readonly extensions: {
    code: 'UNAUTHENTICATED';
    http?: { status: number; headers: Map<string, string> };
  };
  constructor(message = 'You must be signed in to do this.', opts: { httpStatus?: number } = {}) {
    const http = opts.httpStatus
      ? { http: { status: opts.httpStatus, headers: new Map([['www-authenticate', INVALID_TOKEN_CHALLENGE]]) } }
      : {};
    super(message, { extensions: { code: 'UNAUTHENTICATED', ...http } });
  }
}

/** Signed in, but not allowed to do this. */
export class ForbiddenError extends GraphQLError {
  declare readonly extensions: { code: 'FORBIDDEN' };
  constructor(message = 'You are not allowed to do this.') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** The change clashes with existing data (a taken unique value, a stale version). */
export class ConflictError extends GraphQLError {
  declare readonly extensions: { code: 'CONFLICT'; argumentName?: string; field?: string };
  constructor(message: string, opts: { argumentName?: string; field?: string } = {}) {
    super(message, { extensions: { code: 'CONFLICT', ...opts } });
  }
}

/** The database cannot be reached (or did not answer in time): the client may retry. */
export class UnavailableError extends GraphQLError {
  declare readonly extensions: { code: 'UNAVAILABLE'; retryable: true; http?: HttpHead };
  constructor(message = 'The service is temporarily unavailable; please retry.', opts: { httpStatus?: number } = {}) {
    super(message, {
      extensions: {
        code: 'UNAVAILABLE',
        retryable: true,
        ...(opts.httpStatus ? { http: { status: opts.httpStatus, headers: new Map([['retry-after', '5']]) } } : {}),
      },
    });
  }
}

/** Status and headers Apollo takes from `extensions.http` (and removes from the response). */
interface HttpHead {
  status: number;
  headers?: Map<string, string>;
}

/** Which limit a query broke: nesting depth, aliases, directives or estimated cost (nodes). */
export type QueryLimit = 'depth' | 'aliases' | 'directives' | 'cost';

/** The operation is too deep, too wide or would return too many nodes: rejected before it runs (HTTP 400). */
export class QueryTooComplexError extends GraphQLError {
  declare readonly extensions: {
    code: 'QUERY_TOO_COMPLEX';
    limit: QueryLimit;
    max: number;
    actual: number;
    http: HttpHead;
  };
  constructor(limit: QueryLimit, actual: number, max: number, message: string) {
    super(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400 } } });
  }
}

/** The caller's rate-limit bucket is full (HTTP 429 with Retry-After). */
export class ThrottledError extends GraphQLError {
  declare readonly extensions: { code: 'THROTTLED'; retryAfterSeconds: number; http: HttpHead };
  constructor(retryAfterSeconds: number, headers: Map<string, string> = new Map()) {
    super(`Rate limit exceeded: retry in ${retryAfterSeconds} s.`, {
      extensions: {
        code: 'THROTTLED',
        retryAfterSeconds,
        http: { status: 429, headers: new Map([...headers, ['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}
