import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';

/**
 * Reads run as named prepared statements: PostgreSQL plans a statement text once per connection
 * and, once a generic plan is as cheap as the custom ones, stops planning it. The statements that
 * read a page with its nested lists (many-embeds.ts) take 3x longer to plan than to run, so this
 * halves the database time of a project page. Only the first MAX_NAMED distinct texts get a name
 * (each connection keeps a plan for each), so no client can make the server hold an unbounded
 * number of plans; later texts run unnamed, planned every time, as before.
 */
const MAX_NAMED = 300;
/**
 * Search statements (one text per query shape: words, thesaurus terms, wanted facets) have
 * names of their own, fewer, so that searches never use up the names of the loaders' texts.
 */
const MAX_NAMED_SEARCH = 100;
const named = new Map<string, { text: string; name: string | undefined }>();
const count = { default: 0, search: 0 };
export type PreparedGroup = keyof typeof count;

interface PgClient {
  query(q: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(c: PgClient): Promise<void>;
  positionBindings(sql: string): string;
}
interface SqlConnection {
  getKnex(): { client: KnexClient };
  logQuery(query: string): void;
}

let enabled = true;

/** Off for a database that cannot keep prepared statements (set by openDatabase). */
export function setPreparedStatements(on: boolean): void {
  enabled = on;
}

export function preparedStatementsEnabled(): boolean {
  return enabled;
}

/** Runs a read (`?` placeholders) as a named prepared statement on a pooled connection. */
export async function runPrepared<T>(
  em: EntityManager,
  sql: string,
  params: unknown[],
  group: PreparedGroup = 'default',
): Promise<T[]> {
  const conn = em.getConnection() as unknown as SqlConnection;
  const knex = conn.getKnex().client;
  let entry = named.get(sql);
  if (!entry) {
    const text = knex.positionBindings(sql);
    const room = count[group] < (group === 'search' ? MAX_NAMED_SEARCH : MAX_NAMED);
    entry = { text, name: room ? `kg_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}` : undefined };
    if (entry.name) {
      named.set(sql, entry);
      count[group]++;
    }
  }
  // Counted like every statement MikroORM sends (tests and the benchmark count them).
  conn.logQuery(sql);
  const client = await knex.acquireConnection();
  try {
    const r = await client.query({ name: entry.name, text: entry.text, values: params });
    return r.rows as T[];
  } finally {
    await knex.releaseConnection(client);
  }
}
