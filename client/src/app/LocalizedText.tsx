import { graphql, type ResultOf } from '../graphql';
import { useT } from './i18n';

/** Every resolved `name(lang:)`-style field the app shows. */
export const TextFragment = graphql(`
  fragment LocalizedText_TextFragment on Text {
    text
    lang
    isFallback
  }
`);

export type ResolvedText = ResultOf<typeof TextFragment>;

/**
 * Text from the API in the chosen language, or in the language the server fell back to: then
 * marked with `lang` (for screen reader voice and hyphenation) and a visible note. A `properName`
 * (of a place or an organisation: "Nokia", "Pirkanmaa") is not a missing translation: it keeps
 * its `lang` but gets no note.
 */
export function LocalizedText({
  value,
  compact = false,
  properName = false,
}: {
  value: ResolvedText;
  compact?: boolean;
  properName?: boolean;
}) {
  const { t, lang } = useT();
  if (!value.isFallback || value.lang === lang) return <>{value.text}</>;
  if (properName) return <span lang={value.lang}>{value.text}</span>;
  // In long lists (facets) the note would repeat on every line: the name keeps its lang and italics.
  if (compact)
    return (
      <span className="fallback" lang={value.lang}>
        {value.text}
      </span>
    );
  return (
    <span className="fallback">
      <span lang={value.lang}>{value.text}</span>{' '}
      <span className="fallback-note">({t(`inLanguage.${value.lang}`)})</span>
    </span>
  );
}
