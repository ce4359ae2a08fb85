import { initOrm } from '../orm.js';
import { importReferenceData, type ImportReport } from '../seed/import-reference.js';
import { withPgClient } from './pg.js';

/** Where a connection URL points: what decides whether two URLs are the same database. */
export interface DatabaseAddress {
  host: string;
  port: number;
  database: string;
}

const LOOPBACK = new Set(['', 'localhost', '127.0.0.1', '::1']);

/**
 * Host, port and database name of a postgres:// URL. Loopback spellings and Unix sockets all
 * count as the local server, so `localhost` and `127.0.0.1` compare equal (refusing a false
 * match is cheap; writing synthetic rows into the served database is not).
 */
export function databaseAddress(url: string): DatabaseAddress {
  const u = new URL(url);
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new Error(`not a postgres:// URL: ${url}`);
  const rawHost = (u.searchParams.get('host') ?? decodeURIComponent(u.hostname)).replace(/^\[|\]$/g, '').toLowerCase();
  const host = LOOPBACK.has(rawHost) || rawHost.startsWith('/') ? 'localhost' : rawHost;
  const port = Number(u.port || u.searchParams.get('port') || 5432);
  const database =
    decodeURIComponent(u.pathname.replace(/^\//, '')) || u.searchParams.get('dbname') || decodeURIComponent(u.username);
  return { host, port, database };
}

export function sameDatabase(a: string, b: string): boolean {
  const x = databaseAddress(a);
  const y = databaseAddress(b);
  return x.host === y.host && x.port === y.port && x.database === y.database;
}

/** The same server's `postgres` maintenance database, from which databases are created. */
export function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  u.searchParams.delete('dbname');
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the URL's database when it does not exist; true when it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const { database } = databaseAddress(url);
  return withPgClient(maintenanceUrl(url), async (client) => {
    const { rows } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (rows.length > 0) return false;
    try {
      await client.query(`create database ${quoteIdent(database)}`);
      return true;
    } catch (e) {
      // Another process created it between the check and the create.
      if ((e as { code?: string }).code === '42P04') return false;
      throw e;
    }
  });
}

/**
 * Makes a database ready for synthetic data: creates it if needed, applies the migrations and
 * imports the real reference data (idempotent, so reruns change nothing).
 */
export async function prepareSyntheticDatabase(
  url: string,
  poolMax = 3,
): Promise<{ created: boolean; reference: ImportReport }> {
  const created = await ensureDatabase(url);
  const orm = await initOrm({ clientUrl: url, poolMax });
  try {
    const reference = await importReferenceData(orm.em.fork());
    return { created, reference };
  } finally {
    await orm.close(true);
  }
}
