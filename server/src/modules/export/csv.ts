import type { Response } from 'express';
import type { Lang } from '../../domain/enums.js';
import { sendWithEtag } from '../../http/send-with-etag.js';

/** A CSV column: localised header and how to get the cell from a row. */
export interface CsvColumn<T> {
  header: Record<Lang, string>;
  value: (row: T) => string | number | boolean | null | undefined;
}

const FORMULA = /^[=+\-@\t\r]/;

/**
 * One cell: a leading = + - @ (or tab / CR) gets a ' so spreadsheets do not run it as a formula
 * (OWASP CSV injection); quoted (RFC 4180) when it holds the separator, a quote or a line break.
 */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  if (typeof v === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Semicolon-separated, UTF-8 with BOM, CRLF: what Finnish Excel opens as is. */
export function csvText<T>(columns: CsvColumn<T>[], rows: T[], lang: Lang): string {
  const lines = [columns.map((c) => csvCell(c.header[lang])).join(';')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Sends a CSV download, with a Link to the next page when there is one. */
export function sendCsv(res: Response, filename: string, body: string, next: string | null): void {
  res.setHeader('content-type', 'text/csv; charset=utf-8; header=present');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  if (next) res.setHeader('link', `<${next}>; rel="next"`);
  sendWithEtag(res, body);
}
