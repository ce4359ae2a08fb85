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
  declare readonly extensions: { code: 'BAD_USER_INPUT'; argumentName: string; field?: string };
  constructor(argumentName: string, message: string, field?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argumentName, ...(field ? { field } : {}) } });
  }
}

/** No node of that id, slug or code exists (or is visible to the caller). */
export class NotFoundError extends GraphQLError {
  declare readonly extensions: { code: 'NOT_FOUND'; argumentName: string };
  constructor(argumentName: string, message: string) {
    super(message, { extensions: { code: 'NOT_FOUND', argumentName } });
  }
}

/** The database cannot be reached: the client may retry. */
export class UnavailableError extends GraphQLError {
  declare readonly extensions: { code: 'UNAVAILABLE'; retryable: true };
  constructor() {
    super('The service is temporarily unavailable; please retry.', {
      extensions: { code: 'UNAVAILABLE', retryable: true },
    });
  }
}
