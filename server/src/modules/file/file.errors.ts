import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { BEARER_CHALLENGE } from '../../graphql/errors.js';

/** A refused file request: HTTP status, a code in the GraphQL error vocabulary, and a message. */
export class FileRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/**
 * Maps an error to a JSON error response like the rest of the API
 * (`{ errors: [{ message, extensions: { code, ... } }] }`); null for an unexpected error.
 */
export function toFileRequestError(err: unknown): FileRequestError | null {
  if (err instanceof FileRequestError) return err;
  if (err instanceof GraphQLError) {
    const { code, http: _http, ...rest } = err.extensions as { code?: string; http?: unknown };
    if (code && STATUS_OF[code]) return new FileRequestError(STATUS_OF[code], code, err.message, rest);
  }
  return null;
}

export function sendError(res: Response, err: FileRequestError): void {
  if (err.status === 401) res.setHeader('www-authenticate', BEARER_CHALLENGE);
  res.status(err.status).json({
    errors: [
      { message: err.message, extensions: { code: err.code, ...err.extensions, requestId: res.locals.requestId } },
    ],
  });
}
