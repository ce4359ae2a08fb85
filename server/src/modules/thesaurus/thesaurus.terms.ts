import { MAX_ALTERNATIVES } from '../search/search.thesaurus.js';

/** Terms of one language in one concept, at most. */
export const MAX_TERMS_PER_LANGUAGE = 5;
/** Terms of one concept in all: a word finds at most MAX_ALTERNATIVES others. */
export const MAX_TERMS = MAX_ALTERNATIVES + 1;

/** Letters or digits, up to three words joined by single spaces or hyphens (`3d city model`). */
const TERM = /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+){0,3}$/u;

/** A term as stored: trimmed, inner spaces collapsed, NFC, lower case. */
export function normalTerm(value: string): string {
  return value.trim().replace(/\s+/g, ' ').normalize('NFC').toLowerCase();
}

/** Whether a value can be a term once normalised (see normalTerm). */
export function isTermText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const t = normalTerm(value);
  return t.length >= 2 && t.length <= 60 && TERM.test(t) && t.split(' ').length <= 3;
}
