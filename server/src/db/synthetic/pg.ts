import { createRequire } from 'node:module';

/** The part of a node-postgres client the generator uses (pg.Client and pg.PoolClient fit it). */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

export interface PgClient extends SqlClient {
  connect(): Promise<void>;
  end(): Promise<void>;
}

interface PgModule {
  Client: new (config: { connectionString: string; application_name?: string }) => PgClient;
}

/**
 * A new, unconnected node-postgres client. Loaded through require with a local interface because
 * the project has no @types/pg yet; once it does, this can become a plain `import pg from 'pg'`.
 */
export function createPgClient(connectionString: string): PgClient {
  const pg = createRequire(import.meta.url)('pg') as PgModule;
  return new pg.Client({ connectionString, application_name: 'kuntagraph-seed-synthetic' });
}

/** Runs `fn` with a connected client and always closes it. */
export async function withPgClient<T>(connectionString: string, fn: (client: PgClient) => Promise<T>): Promise<T> {
  const client = createPgClient(connectionString);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
