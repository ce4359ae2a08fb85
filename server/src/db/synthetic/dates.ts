import type { Random } from './random.js';

/**
 * Dates as whole days since 1970-01-01 (UTC), so arithmetic is integer and no clock or time zone
 * enters the data: the same seed gives the same dates on any machine, on any day.
 */
const DAY_MS = 86_400_000;

export const day = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

export const isoDate = (d: number): string => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** A timestamp `seconds` into day `d`. */
export const isoTimestamp = (d: number, seconds: number): string =>
  new Date(d * DAY_MS + Math.floor(seconds) * 1000).toISOString();

/** "Today" of the synthetic world: statuses and dates are relative to it, never to the clock. */
export const AS_OF = day('2025-10-01');

/** Latest date anything is planned for (the brief's 2019-2026 window). */
export const HORIZON = day('2026-12-31');

export const FIRST_CALL_YEAR = 2019;
export const LAST_CALL_YEAR = 2025;

/** created_at / updated_at of a row. */
export interface Stamps {
  created_at: string;
  updated_at: string;
}

/** Timestamps of a row created on `d`: office hours, then edited some time before AS_OF. */
export function stamps(rng: Random, d: number): Stamps {
  const created = Math.min(d, AS_OF);
  const seconds = rng.int(7 * 3600, 17 * 3600);
  const edited = created + Math.floor(rng.float() * Math.max(0, AS_OF - created));
  return {
    created_at: isoTimestamp(created, seconds),
    updated_at: isoTimestamp(edited, seconds + rng.int(0, 6 * 3600)),
  };
}
