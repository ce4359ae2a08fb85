import pg from 'pg';

/** What the generator needs of a connection: pg.Client and a pool's client both fit. */
export type SqlClient = Pick<pg.ClientBase, 'query'>;

/** Runs `fn` with a connected client of its own and always closes it. */
export async function withPgClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: 'kuntagraph-seed-synthetic' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
