/** Longest display name kept, in characters (the column holds 255). */
export const MAX_FILENAME_LENGTH = 120;

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Names Windows refuses as files, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A safe display name for an upload: Unicode NFC; the last path segment only; control, format
 * (bidi overrides such as U+202E, zero-width) and unassigned characters removed; characters
 * that file systems reserve replaced by `_`; whitespace collapsed; no leading dots; at most
 * MAX_FILENAME_LENGTH characters (cut between graphemes); and an extension that matches the
 * sniffed type (`extensions[0]` is the canonical one).
 */
export function sanitizeFilename(raw: string | null | undefined, extensions: readonly string[]): string {
  const canonical = extensions[0];
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    .replace(/\p{C}|\p{Zl}|\p{Zp}/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+/u, '')
    .replace(/[\s.]+$/u, '');

  let base = name;
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const ext = name.slice(dot + 1);
    // Something that looks like an extension is replaced when it does not match the bytes.
    if (/^[A-Za-z0-9]{1,5}$/.test(ext)) base = name.slice(0, dot).replace(/[\s.]+$/u, '');
  }
  const given = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const ext = extensions.includes(given) ? given : canonical;
  if (RESERVED.test(base)) base = `_${base}`;
  if (base === '') base = 'file';
  base = cutGraphemes(base, MAX_FILENAME_LENGTH - ext.length - 1).replace(/[\s.]+$/u, '') || 'file';
  return `${base}.${ext}`;
}

/** The first `max` characters of s, without splitting a grapheme (emoji, combining marks). */
function cutGraphemes(s: string, max: number): string {
  if ([...s].length <= max) return s;
  let out = '';
  let length = 0;
  for (const { segment } of segmenter.segment(s)) {
    const n = [...segment].length;
    if (length + n > max) break;
    out += segment;
    length += n;
  }
  return out;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback `filename` and the exact name as an
 * RFC 5987 / RFC 6266 `filename*` (UTF-8, percent-encoded).
 */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
