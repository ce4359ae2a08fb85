import type { Lang } from './lang';
import { STRINGS } from './strings';

/** The shape of every resolved `name(lang:)` field. */
export interface ResolvedText {
  text: string;
  lang: Lang;
  isFallback: boolean;
}

/**
 * Text from the API in the chosen language, or in the language the server fell back to: then
 * marked with `lang` (for screen reader voice and hyphenation) and a visible note.
 */
export function LocalizedText({ value, uiLang }: { value: ResolvedText; uiLang: Lang }) {
  if (!value.isFallback) return <>{value.text}</>;
  return (
    <span className="fallback">
      <span lang={value.lang}>{value.text}</span>{' '}
      <span className="fallback-note">({STRINGS[uiLang].inLanguage[value.lang]})</span>
    </span>
  );
}
