import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedStatementsEnabled, runPrepared, type PreparedGroup } from './prepared.js';
import { BatchScheduler } from './scheduler.js';

/**
 * Read queries of one request. Statements go through MikroORM's connection (so they are
 * counted and share its pool); parameters use `?` placeholders.
 */
export class Sql {
  /** The request's loader registry (set by Loaders), for lazily loaded detail columns. */
  loaders?: import('./loaders.js').Loaders;
  /** The operation's fields per type (set before execution), for column pruning. */
  selection?: import('./selection.js').Selection;
  /** The schema and the operation's variables (set before execution), for nested lists read in their parent's statement. */
  schema?: import('graphql').GraphQLSchema;
  variables?: Readonly<Record<string, unknown>>;
  /** Per-request plans of nested lists read in their parent's statement (many-embeds.ts), per type. */
  manyPlans?: Map<string, import('./many-embeds.js').ManyColumns>;

  constructor(
    private readonly em: EntityManager,
    readonly scheduler = new BatchScheduler(),
  ) {}

  /**
   * `prepare`: run as a named prepared statement (prepared.ts) — for the loaders' statements,
   * whose plans do not depend on their parameters' values, and (group `search`) searches. Inside
   * a transaction, never.
   */
  async all<T>(sql: string, params: unknown[] = [], prepare: boolean | PreparedGroup = false): Promise<T[]> {
    return this.scheduler.track(() => {
      const trx = this.em.getTransactionContext();
      if (prepare && !trx && preparedStatementsEnabled())
        return runPrepared<T>(this.em, sql, params, prepare === true ? 'default' : prepare);
      return this.em.getConnection().execute<T[]>(sql, params, 'all', trx);
    });
  }

  async one<T>(sql: string, params: unknown[] = []): Promise<T | null> {
    const rows = await this.all<T>(sql, params);
    return rows[0] ?? null;
  }
}
