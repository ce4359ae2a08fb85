import {
  DeadlockException,
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf, type Actor } from '../modules/audit/audit.js';
import { requireViewer } from '../modules/auth/auth.policy.js';
import type { Viewer } from '../modules/auth/auth.viewer.js';
import {
  earlierResult,
  idempotentRequest,
  isIdempotencyClash,
  rememberResult,
} from '../modules/idempotency/idempotency.js';
import type { Context } from './context.js';
import { dataChanged } from './response-cache/generation.js';
import { ConflictError } from './errors.js';

/** What a change gets: the transaction's EntityManager, the caller and the actor to audit. */
export interface WriteScope {
  em: EntityManager;
  viewer: Viewer;
  actor: Actor;
}

export interface WriteSpec {
  /** The mutation's name (idempotency keys are per mutation). */
  operation: string;
  idempotencyKey?: string | null;
  /** The mutation's arguments as sent: a retried key must come with the same ones. */
  args: unknown;
}

/**
 * Runs one change: caller required, idempotency key honoured, the work (policy checks, entity
 * changes, audit rows) in one transaction, and database conflicts turned into client errors.
 * Returns the id of the node the mutation answers with (a retry returns the first run's id).
 */
export async function runWrite(
  ctx: Context,
  spec: WriteSpec,
  work: (scope: WriteScope) => Promise<string | null>,
): Promise<string | null> {
  const viewer = requireViewer(ctx);
  const req = idempotentRequest(viewer, spec.idempotencyKey, spec.operation, spec.args);
  if (req) {
    const earlier = await earlierResult(ctx.em, req);
    if (earlier !== undefined) return earlier;
  }
  try {
    const result = await withRetry(() =>
      ctx.em.transactional(async (em) => {
        const id = await work({ em, viewer, actor: actorOf(viewer) });
        if (req) rememberResult(em, req, id);
        return id;
      }),
    );
    // Committed: cached anonymous responses of older data must not be served any more.
    dataChanged();
    return result;
  } catch (e) {
    if (req && isIdempotencyClash(e)) {
      // A concurrent retry of the same request committed first: answer with its result.
      const earlier = await earlierResult(ctx.em, req);
      if (earlier !== undefined) return earlier;
    }
    throw translateDatabaseError(e);
  } finally {
    ctx.em.clear();
  }
}

/** A deadlock or serialisation failure: the transaction rolled back and may simply run again. */
function isTransient(e: unknown): boolean {
  const code = (e as { code?: string } | undefined)?.code;
  return e instanceof DeadlockException || code === '40P01' || code === '40001';
}

/** Runs a transaction again (up to three times, with a short random pause) when it hit a transient conflict. */
async function withRetry<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (e) {
      if (i >= attempts || !isTransient(e)) throw e;
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * i));
    }
  }
}

/** Optimistic-locking and constraint errors a client can cause, as CONFLICT; others unchanged. */
export function translateDatabaseError(e: unknown): unknown {
  if (e instanceof OptimisticLockError) {
    return new ConflictError('Someone else changed this in the meantime; reload and apply your change again.', {
      field: 'expectedVersion',
    });
  }
  if (e instanceof UniqueConstraintViolationException) {
    return new ConflictError('This already exists.');
  }
  if (e instanceof ForeignKeyConstraintViolationException) {
    return new ConflictError('Something this refers to was removed in the meantime.');
  }
  return e;
}

/** CONFLICT unless the client edited the version it expected (lost-update protection). */
export function checkVersion(current: { version: number }, expectedVersion: number): void {
  if (current.version !== expectedVersion) {
    throw new ConflictError(
      `This was changed in the meantime (version ${current.version}, you edited version ${expectedVersion}); reload and apply your change again.`,
      { argumentName: 'input', field: 'expectedVersion' },
    );
  }
}

/** The fields whose values differ, as before/after maps for the audit log. */
export function changes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}
