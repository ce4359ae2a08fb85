import { DefaultLogger, type LoggerOptions, type LogContext } from '@mikro-orm/core';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { entities } from '../modules/index.js';
import { migrationsList } from './migrations/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface OrmOptions {
  clientUrl: string;
  /** Pool size: exactly 1 for the embedded database. */
  poolMax: number;
  statementTimeoutMs?: number;
  /** Receives every SQL statement (tests and the benchmark count them). */
  onQuery?: (sql: string) => void;
  connect?: boolean;
  /**
   * Compare against the committed schema snapshot (the CLI's migration:create/check). At run
   * time it is off: MikroORM would otherwise rewrite the snapshot from the live database after
   * every migration, tables maintained by hand-written SQL (search) included.
   */
  snapshot?: boolean;
}

/** Hands every statement MikroORM sends (BEGIN and COMMIT included) to a callback. */
class QueryCountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly onQuery: (sql: string) => void,
  ) {
    super(options);
  }
  override logQuery(context: LogContext): void {
    if (context.query) this.onQuery(context.query);
  }
  override isEnabled(namespace: string): boolean {
    return namespace === 'query';
  }
}

/** MikroORM options for a database URL; tests and scripts call it with their own values. */
export function createOrmOptions(o: OrmOptions): Options {
  return defineConfig({
    clientUrl: o.clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    connect: o.connect ?? true,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: o.poolMax, idleTimeoutMillis: 30_000 },
    driverOptions: {
      connection: {
        ...(o.statementTimeoutMs ? { statement_timeout: o.statementTimeoutMs } : {}),
        // JIT compiles the big graph and search statements for 200-300 ms and saves less than that.
        // Generic plans for the prepared statements of the loaders (graphql/prepared.ts): their
        // plans do not depend on the values (ids, page bounds), and planning a page with its nested
        // lists costs 3x running it; PostgreSQL's default keeps re-planning them, as a generic plan
        // for `id = any($1)` looks costlier than one for the ids given. MikroORM sends every other
        // statement with its values inlined, which this does not touch.
        options: '-c jit=off -c plan_cache_mode=force_generic_plan',
      },
    },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(here, 'migrations'),
      pathTs: path.join(here, 'migrations'),
      migrationsList,
      snapshot: o.snapshot ?? false,
      // Tables created by hand-written migrations (search_doc, search_word) are not entities.
      dropTables: false,
      snapshotName: '.snapshot-kuntagraph',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    debug: o.onQuery ? ['query'] : false,
    loggerFactory: o.onQuery ? (options: LoggerOptions) => new QueryCountingLogger(options, o.onQuery!) : undefined,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
  });
}

/** Configuration for the MikroORM CLI (migration:create / migration:check). */
export default (() => {
  const config = loadConfig();
  return createOrmOptions({
    clientUrl: config.databaseUrl ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    poolMax: 1,
    connect: Boolean(config.databaseUrl),
    snapshot: true,
  });
})();
