import { MikroORM } from '@mikro-orm/postgresql';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/db/embedded.js';
import { initOrm } from '../src/db/orm.js';
import { importReferenceData } from '../src/db/seed/import-reference.js';

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  /** Every SQL statement sent since the last reset (BEGIN/COMMIT included). */
  statements: string[];
  resetStatements(): void;
  close(): Promise<void>;
}

/**
 * A database of the test file's own: a fresh database on the PostgreSQL server of
 * TEST_DATABASE_URL (or DATABASE_URL), or, when neither is set, an embedded PGlite in a temp dir.
 * Migrated, and seeded with the real reference data unless `seed: false`.
 */
export async function createTestDatabase(name: string, opts: { seed?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const statements: string[] = [];
  const onQuery = (sql: string) => statements.push(sql);
  let url: string;
  let dispose: () => Promise<void>;
  let poolMax = 4;
  if (serverUrl) {
    const dbName = `kg_test_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}_${Date.now().toString(36)}`;
    const admin = new URL(serverUrl);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`create database "${dbName}"`);
    await client.end();
    const u = new URL(serverUrl);
    u.pathname = `/${dbName}`;
    url = u.toString();
    dispose = async () => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists "${dbName}" with (force)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), `kg-${name}-`));
    const embedded = await startEmbeddedDatabase(dir);
    url = embedded.url;
    poolMax = 1;
    dispose = async () => {
      await embedded.close();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const orm = await initOrm({ clientUrl: url, poolMax, onQuery });
  if (opts.seed !== false) await importReferenceData(orm.em.fork());
  statements.length = 0;
  return {
    orm,
    url,
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
    async close() {
      await orm.close(true);
      await dispose();
    },
  };
}
