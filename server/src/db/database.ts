import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbeddedDatabase } from './embedded.js';
import { initOrm } from './orm.js';

export interface Database {
  orm: MikroORM;
  /** True when this process runs the embedded PGlite. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR when it is unset
 * (one connection: PGlite runs one query at a time), and applies pending migrations.
 */
export async function openDatabase(config: Config, onQuery?: (sql: string) => void): Promise<Database> {
  if (config.databaseUrl) {
    const orm = await initOrm({
      clientUrl: config.databaseUrl,
      poolMax: config.dbPoolMax,
      statementTimeoutMs: config.statementTimeoutMs,
      onQuery,
    });
    return { orm, embedded: false, close: () => orm.close(true) };
  }
  const embedded = await startEmbeddedDatabase(config.dataDir);
  try {
    const orm = await initOrm({
      clientUrl: embedded.url,
      poolMax: 1,
      statementTimeoutMs: config.statementTimeoutMs,
      onQuery,
    });
    return {
      orm,
      embedded: true,
      async close() {
        await orm.close(true);
        await embedded.close();
      },
    };
  } catch (e) {
    await embedded.close();
    throw e;
  }
}
