import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError } from '../../graphql/errors.js';
import type { Viewer } from '../auth/auth.viewer.js';
import { IdempotencyKey } from './idempotency-key.entity.js';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** What identifies one logical request: who, which key, which mutation with which arguments. */
export interface IdempotentRequest {
  principal: string;
  key: string;
  operation: string;
  requestHash: string;
}

/** `user:<id>` or `key:<id>`: the caller a key belongs to. */
export function principalOf(viewer: Viewer): string {
  return viewer.kind === 'USER' ? `user:${viewer.userId}` : `key:${viewer.apiKey!.id}`;
}

/** JSON with sorted keys, so the same arguments always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Checks the key's shape and builds the request it names; null when no key was sent. */
export function idempotentRequest(
  viewer: Viewer,
  key: string | null | undefined,
  operation: string,
  args: unknown,
): IdempotentRequest | null {
  if (key == null) return null;
  if (!KEY.test(key)) {
    throw new BadUserInputError(
      'idempotencyKey',
      '"idempotencyKey" must be 8 to 100 characters of letters, digits and . _ : -.',
    );
  }
  const requestHash = createHash('sha256').update(canonical(args)).digest('hex');
  return { principal: principalOf(viewer), key, operation, requestHash };
}

/**
 * The result of an earlier run of the same request, or undefined when there was none. The same
 * key with another mutation or other arguments is a CONFLICT: a client bug, never a silent replay.
 */
export async function earlierResult(em: EntityManager, req: IdempotentRequest): Promise<string | null | undefined> {
  const rows = await em
    .getConnection()
    .execute<{ operation: string; request_hash: string; result_id: string | null }[]>(
      `select operation, request_hash, result_id from idempotency_key where principal = ? and key = ?`,
      [req.principal, req.key],
      'all',
    );
  const row = rows[0];
  if (!row) return undefined;
  if (row.operation !== req.operation || row.request_hash !== req.requestHash) {
    throw new ConflictError('This idempotency key was already used for a different request.', {
      argumentName: 'idempotencyKey',
    });
  }
  return row.result_id;
}

/** Records the request in the change's transaction (the unique key catches a concurrent retry). */
export function rememberResult(em: EntityManager, req: IdempotentRequest, resultId: string | null): void {
  const row = new IdempotencyKey();
  Object.assign(row, {
    principal: req.principal,
    key: req.key,
    operation: req.operation,
    requestHash: req.requestHash,
    resultId,
  });
  em.persist(row);
}

export function isIdempotencyClash(e: unknown): boolean {
  return e instanceof UniqueConstraintViolationException && String(e.message).includes('idempotency_key_principal_key');
}
