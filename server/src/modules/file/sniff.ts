import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { lazyImport } from '../../lazy-import.js';

/** file-type (~12 MiB), loaded on the first upload. */
const loadFileType = lazyImport(() => import('file-type'));

/** An accepted type: its media type and file extensions (the first is canonical). */
export interface AcceptedType {
  mediaType: string;
  extensions: readonly string[];
}

/** The allow-list, by the media type `file-type` reports (QUALITY.md, "Uploads"). */
export const ACCEPTED_TYPES: Readonly<Record<string, AcceptedType>> = {
  'application/pdf': { mediaType: 'application/pdf', extensions: ['pdf'] },
  'application/zip': { mediaType: 'application/zip', extensions: ['zip'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  'application/vnd.oasis.opendocument.spreadsheet': {
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
  },
  'application/vnd.oasis.opendocument.text': {
    mediaType: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
  },
  'image/png': { mediaType: 'image/png', extensions: ['png'] },
  'image/jpeg': { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
};

export const CSV_TYPE: AcceptedType = { mediaType: 'text/csv', extensions: ['csv'] };

/** Media types a client may send for a CSV file (browsers on Windows say vnd.ms-excel). */
const CSV_CLAIMS = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'application/vnd.ms-excel']);

/** What the client said about the file; only used to decide whether to try the CSV parser. */
export interface Claimed {
  filename?: string | null;
  mediaType?: string | null;
}

/**
 * The real type of a complete file, from its bytes: magic numbers via `file-type` (which also
 * tells DOCX/XLSX/ODT/ODS apart from a plain ZIP by their entries), or, for a file the client
 * calls CSV and `file-type` does not recognise, a full CSV parse. Null when not on the allow-list.
 */
export async function sniffFile(file: string, claimed: Claimed): Promise<AcceptedType | null> {
  const { fileTypeFromFile } = await loadFileType();
  const found = await fileTypeFromFile(file);
  if (found) return ACCEPTED_TYPES[found.mime] ?? null;
  const claimsCsv =
    /\.csv$/i.test(claimed.filename?.trim() ?? '') || CSV_CLAIMS.has(claimed.mediaType?.toLowerCase() ?? '');
  if (claimsCsv && (await isCsv(file))) return CSV_TYPE;
  return null;
}

/**
 * Whether a file is well-formed CSV: strict UTF-8 (BOM allowed), no control characters other
 * than tab and line breaks, quotes balanced, every record as wide as the first, at least one
 * record. The delimiter (`,` `;` or tab) is the one the first line uses most.
 */
export async function isCsv(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const strictUtf8 = new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        if (CONTROL.test(text)) throw new Error('control character');
        done(null, text);
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch (err) {
        done(err as Error);
      }
    },
  });
  let records = 0;
  try {
    const delimiter = chooseDelimiter(await firstLine(file));
    await pipeline(
      createReadStream(file),
      strictUtf8,
      parse({ bom: true, delimiter, skip_empty_lines: true }),
      async (rows: AsyncIterable<string[]>) => {
        for await (const _row of rows) records++;
      },
    );
    return records > 0;
  } catch {
    return false;
  }
}

// Control characters are what this pattern is about.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The first line of a file, read from at most its first 64 KiB. */
async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    return head.split(/[\r\n]/, 1)[0];
  } finally {
    await handle.close();
  }
}

function chooseDelimiter(line: string): string {
  const unquoted = line.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
