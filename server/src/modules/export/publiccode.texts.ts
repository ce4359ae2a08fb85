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
 * A language's short and long description as the standard can carry them, or null when it cannot:
 * the standard's parser requires a longDescription of 150 to 10,000 characters in every language it
 * lists. Without a short text, the long one, clipped, is the shortDescription; texts over the
 * limits are clipped.
 */
export function fitDescriptions(
  short: string | null | undefined,
  long: string | null | undefined,
): { shortDescription: string; longDescription: string } | null {
  const l = long?.trim();
  if (!l || charCount(l) < LONG_MIN) return null;
  return { shortDescription: clip(short?.trim() || l, SHORT_MAX), longDescription: clip(l, LONG_MAX) };
}
