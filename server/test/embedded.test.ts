import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { importReferenceData, isEmpty } from '../src/db/seed/import-reference.js';
import { SEARCH_CAP } from '../src/modules/search/search.queries.js';
import { searchCap } from '../src/modules/search/search.service.js';
import { createExecutor } from './graphql.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded PostgreSQL (PGlite), the default without DATABASE_URL', () => {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir });

  it('migrates, seeds and answers the API on one connection', async () => {
    expect(config.databaseUrl).toBeUndefined();
    const db = await openDatabase(config);
    try {
      expect(db.embedded).toBe(true);
      expect(await isEmpty(db.orm.em.fork())).toBe(true);
      await importReferenceData(db.orm.em.fork());
      const gql = await createExecutor(db.orm);
      // Several loaders at once over the single connection must not mix up results.
      const r = await gql.execute<any>(`{
        fundingCall(year: 2021) { projects(first: 20) { totalCount nodes { slug leadOrganisation { municipalityCode } participants(first: 3) { nodes { organisation { slug } } } } } }
        municipalities(first: 5) { totalCount }
        regions { code municipalityCount }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.fundingCall.projects.totalCount).toBe(17);
      expect(r.data!.municipalities.totalCount).toBe(309);
      expect(r.data!.regions).toHaveLength(19);
      const kaatio = r.data!.fundingCall.projects.nodes.find((p: any) => p.slug === 'kaatio');
      expect(kaatio.leadOrganisation.municipalityCode).toBe('564');
      // The capped search's statements (statistics read from pg_stats) run on PGlite too.
      await db.orm.em.getConnection().execute('analyze search_doc');
      Object.assign(searchCap, { exact: 5, candidates: 3 });
      try {
        for (const filter of [{}, { kind: ['SPECIFICATION'] }, { municipality: ['564'] }]) {
          const s = await gql.execute<any>(
            `query($f: SearchFilter) { search(query: "kaava", lang: fi, filter: $f) { totalCount totalCountIsExact } }`,
            { f: filter },
          );
          expect([filter, s.errors]).toEqual([filter, undefined]);
          expect(s.data!.search.totalCount).toBeGreaterThan(0);
        }
      } finally {
        Object.assign(searchCap, SEARCH_CAP);
      }
      await gql.stop();
    } finally {
      await db.close();
    }
  });

  it('keeps its data across restarts', async () => {
    const db = await openDatabase(config);
    try {
      expect(await isEmpty(db.orm.em.fork())).toBe(false);
      const rows = await db.orm.em
        .getConnection()
        .execute(`select count(*)::int n from organisation where kind = 'MUNICIPALITY'`);
      expect(rows[0].n).toBe(309);
    } finally {
      await db.close();
    }
  });
});
