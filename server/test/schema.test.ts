import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { migrationsList } from '../src/db/migrations/index.js';
import { printSortedSchema } from '../src/graphql/schema.js';

describe('contracts', () => {
  it('schema/schema.graphql is the schema the server builds (run `npm run schema:emit`)', async () => {
    const committed = readFileSync(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printSortedSchema());
  });

  it('every migration file is listed in migrations/index.ts, in order', () => {
    const dir = path.join(repoRoot, 'server', 'src', 'db', 'migrations');
    const files = readdirSync(dir)
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsList.map((m) => m.name)).toEqual(files);
  });
});
