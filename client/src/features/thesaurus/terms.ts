import type { Lang } from '../../app/lang';

/** The thesaurus's languages, in the order of the table's columns and the form's fields. */
export const TERM_LANGS = ['fi', 'sv', 'en'] as const satisfies readonly Lang[];
export type TermLang = (typeof TERM_LANGS)[number];

/** A concept's terms per language. */
export type Terms = Record<TermLang, readonly string[]>;

/** What the form edits: each language's terms as one comma-separated text. */
export type TermTexts = Record<TermLang, string>;

export const NO_TEXTS: TermTexts = { fi: '', sv: '', en: '' };

/** `' avoin lähdekoodi , oss,'` -> `['avoin lähdekoodi', 'oss']`: split at commas, trimmed, no empties. */
export function splitTerms(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** The terms to send: each language's text split (the API lower-cases and checks them). */
export function termsInput(texts: TermTexts): Record<TermLang, string[]> {
  return { fi: splitTerms(texts.fi), sv: splitTerms(texts.sv), en: splitTerms(texts.en) };
}

/** A concept's terms as the form shows them. */
export function termTexts(terms: Terms): TermTexts {
  return { fi: terms.fi.join(', '), sv: terms.sv.join(', '), en: terms.en.join(', ') };
}

/** How many terms the texts hold in all. */
export function termCount(texts: TermTexts): number {
  return TERM_LANGS.reduce((n, l) => n + splitTerms(texts[l]).length, 0);
}

/** A filter text as the terms are stored: trimmed, inner spaces collapsed, lower case. */
export function normalFilter(text: string): string {
  return text.trim().replace(/\s+/g, ' ').normalize('NFC').toLowerCase();
}

/** Whether one of the concept's terms contains the (normalised) filter; an empty filter keeps all. */
export function conceptMatches(terms: Terms, filter: string): boolean {
  return filter === '' || TERM_LANGS.some((l) => terms[l].some((t) => t.includes(filter)));
}

/**
 * A short name for a concept (for buttons and messages): its first term in the page's language,
 * else its first term in any. Each term belongs to one concept only, so it tells rows apart.
 */
export function conceptName(terms: Terms, lang: Lang): string {
  return terms[lang][0] ?? TERM_LANGS.map((l) => terms[l][0]).find(Boolean) ?? '';
}
