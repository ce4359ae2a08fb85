/**
 * The length limits publiccode.yml sets on a language's texts (counted in characters, as the
 * standard's parser counts runes): shortDescription at most 150, longDescription 150..10000.
 */
export const SHORT_MAX = 150;
export const LONG_MIN = 150;
export const LONG_MAX = 10_000;

export const charCount = (s: string) => [...s].length;

/** `s` cut to at most `max` characters, at a word boundary when one is near, ending in "…". */
export function clip(s: string, max: number): string {
  const chars = [...s.trim()];
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * A language's short and long description as the standard can carry them. A long text under 150
 * characters cannot be a longDescription: it is left out, or is the shortDescription when there is
 * none. Without a short text, the long one, clipped, is the shortDescription. Texts over the limits
 * are clipped. Null when the language has neither.
 */
export function fitDescriptions(
  short: string | null | undefined,
  long: string | null | undefined,
): { shortDescription: string; longDescription?: string } | null {
  const s = short?.trim() || null;
  const l = long?.trim() || null;
  const longFits = l !== null && charCount(l) >= LONG_MIN;
  const shortText = s ?? l;
  if (shortText === null) return null;
  return {
    shortDescription: clip(shortText, SHORT_MAX),
    ...(longFits ? { longDescription: clip(l, LONG_MAX) } : {}),
  };
}
