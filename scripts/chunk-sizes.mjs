#!/usr/bin/env node
// Prints the web app's built chunks with their raw and gzip sizes as a Markdown table
// (run after `npm run build`; the table in README.md comes from here).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'client', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/assets\/([^"]+\.(?:js|css))/g)].map((m) => m[1]));
const rows = readdirSync(path.join(dist, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => {
    const bytes = readFileSync(path.join(dist, 'assets', f));
    return {
      name: f.replace(/-[A-Za-z0-9_-]{8}\.(js|css)$/, '.$1'),
      file: f,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  })
  .sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1024).toFixed(1);
const first = rows.filter((r) => initial.has(r.file));
console.log(
  `Home page, first load: ${first.map((r) => r.name).join(' + ')} = ${kb(first.reduce((s, r) => s + r.gzip, 0))} kB gzip.\n`,
);
console.log('| chunk | kB | kB gzip | loaded |');
console.log('| --- | ---: | ---: | --- |');
for (const r of rows)
  console.log(`| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${initial.has(r.file) ? 'first load' : 'on demand'} |`);
