/**
 * Dates as whole days since 1970-01-01 (UTC), so arithmetic is integer and no clock or time zone
 * enters the data: the same seed gives the same dates on any machine, on any day.
 */
const DAY_MS = 86_400_000;

export const day = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

export const isoDate = (d: number): string => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** A timestamp `seconds` into day `d`. */
export const isoTimestamp = (d: number, seconds: number): string => new Date(d * DAY_MS + Math.floor(seconds) * 1000).toISOString();

/** "Today" of the synthetic world: statuses and dates are relative to it, never to the clock. */
export const AS_OF = day('2025-10-01');

/** Latest date anything is planned for (the brief's 2019-2026 window). */
export const HORIZON = day('2026-12-31');

export const FIRST_CALL_YEAR = 2019;
export const LAST_CALL_YEAR = 2025;
