import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot } from '../../config.js';

/** The reference data shipped with the project (copied from shared/data; see SOURCES.md there). */
export const seedDataDir = path.join(repoRoot, 'server', 'src', 'db', 'seed', 'data');

/** Reads one of the reference CSV files (UTF-8, comma, header row) as records of strings. */
export function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(path.join(seedDataDir, name), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
}

/** Splits a list cell: `a;b;c` or `url ; url`. */
export function splitList(cell: string | undefined, sep = ';'): string[] {
  if (!cell) return [];
  return cell
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The URLs in a `source_urls` cell (other text in it is dropped). */
export function urls(cell: string | undefined): string[] {
  return splitList(cell).flatMap((part) => {
    const m = part.match(/https?:\/\/\S+/);
    return m ? [m[0]] : [];
  });
}

/** An integer cell, or null when empty. */
export function int(cell: string | undefined): number | null {
  if (!cell) return null;
  const n = Number(cell.replace(/[\s_]/g, ''));
  return Number.isFinite(n) ? Math.round(n) : null;
}
