import type { Lang } from './enums.js';

/** Human-readable text in up to three languages; a missing translation stays missing. */
export interface LocalizedText {
  fi?: string | null;
  sv?: string | null;
  en?: string | null;
}

const FALLBACK: Record<Lang, Lang[]> = {
  fi: ['fi' as Lang, 'sv' as Lang, 'en' as Lang],
  sv: ['sv' as Lang, 'fi' as Lang, 'en' as Lang],
  en: ['en' as Lang, 'fi' as Lang, 'sv' as Lang],
};

/**
 * Resolves text in the wanted language, falling back lang -> fi -> sv -> en, and says which
 * language it returned so the UI can mark a fallback.
 */
export function resolveText(text: LocalizedText | null | undefined, lang: Lang): { text: string; lang: Lang } | null {
  if (!text) return null;
  for (const l of FALLBACK[lang]) {
    const v = text[l];
    if (typeof v === 'string' && v.length > 0) return { text: v, lang: l };
  }
  return null;
}

/** Builds a LocalizedText from optional parts, dropping empty ones. */
export function lt(fi?: string | null, sv?: string | null, en?: string | null): LocalizedText {
  const out: LocalizedText = {};
  if (fi && fi.trim()) out.fi = fi.trim();
  if (sv && sv.trim()) out.sv = sv.trim();
  if (en && en.trim()) out.en = en.trim();
  return out;
}
