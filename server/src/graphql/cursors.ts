import { BadUserInputError } from './errors.js';

/** Page sizes and cursors of every connection (no decorators: safe to import anywhere). */

export const MAX_PAGE = 100;

/** Validates `first`; a value outside 1..100 is a BAD_USER_INPUT naming `first`. */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new BadUserInputError('first', `"first" must be between 1 and ${MAX_PAGE}, got ${n}.`);
  }
  return n;
}

/** Offset cursors, for per-parent nested connections. */
export function encodeOffsetCursor(position: number): string {
  return Buffer.from(`o:${position}`, 'utf8').toString('base64url');
}

/** Position after which a page starts (0 without a cursor); a malformed cursor names `after`. */
export function decodeOffsetCursor(after: string | null | undefined): number {
  if (after == null) return 0;
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m) throw new BadUserInputError('after', '"after" is not a valid cursor for this list.');
  return Number(m[1]);
}

/** Keyset cursors for top-level lists: the sort values of the last item. */
export function encodeKeyCursor(values: unknown[]): string {
  return Buffer.from(`k:${JSON.stringify(values)}`, 'utf8').toString('base64url');
}

export function decodeKeyCursor(after: string | null | undefined, arity: number): unknown[] | null {
  if (after == null) return null;
  const text = Buffer.from(after, 'base64url').toString('utf8');
  if (!text.startsWith('k:')) throw new BadUserInputError('after', '"after" is not a valid cursor for this list.');
  try {
    const v = JSON.parse(text.slice(2));
    if (Array.isArray(v) && v.length === arity && v.every((x) => x === null || ['string', 'number'].includes(typeof x)))
      return v;
  } catch {
    // fall through
  }
  throw new BadUserInputError('after', '"after" is not a valid cursor for this list.');
}
