import type { Lang } from '../../app/lang';
import type { ResolvedText } from '../../app/LocalizedText';

/**
 * A `LocalizedText` object (all languages, missing ones null) resolved like the API resolves
 * `name(lang:)`: the wanted language, else fi -> sv -> en, marked as fallback.
 */
export function pickText(
  texts: { fi: string | null; sv: string | null; en: string | null },
  lang: Lang,
): ResolvedText | null {
  for (const l of [lang, 'fi', 'sv', 'en'] as const) {
    const text = texts[l];
    if (text) return { text, lang: l, isFallback: l !== lang };
  }
  return null;
}
