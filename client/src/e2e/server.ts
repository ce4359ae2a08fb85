// Starts the real Kuntagraph server (built web app + API) on a database of its own for the browser
// tests: a fresh database on the PostgreSQL server of TEST_DATABASE_URL / DATABASE_URL, or the
// embedded database in a temporary DATA_DIR when neither is set. The server migrates and seeds
// the real reference data on start, exactly as `npm start` does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The repository root (client/src/e2e -> three levels up). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const READY_TIMEOUT_MS = 60_000;
const LOG_LINES_KEPT = 300;

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  /** 'postgresql' (a database of its own on an external server) or 'embedded' (PGlite). */
  database: 'postgresql' | 'embedded';
  /** Connection string of its own database (PostgreSQL only), for tests that set up rows directly. */
  databaseUrl?: string;
  /** The last lines the server wrote to stdout and stderr. */
  logs: () => string;
  stop: () => Promise<void>;
}

function log(message: string) {
  process.stderr.write(`e2e: ${message}\n`);
}

/**
 * Builds the web app and the server from the current sources, so the tests never run against a
 * stale build. Set E2E_SKIP_BUILD=1 when a CI step has just built both.
 */
export function buildAll() {
  const skip = process.env.E2E_SKIP_BUILD === '1' || process.env.E2E_SKIP_BUILD === 'true';
  const steps: Array<[label: string, args: string[], output: string]> = [
    [
      'web app',
      [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', 'client', '--logLevel', 'warn'],
      'client/dist/index.html',
    ],
    [
      'server',
      [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'server/tsconfig.build.json'],
      'server/dist/main.js',
    ],
  ];
  for (const [label, args, output] of steps) {
    if (skip && existsSync(path.join(repoRoot, output))) continue;
    const started = Date.now();
    // vitest sets NODE_ENV=test, which would make Vite build React's development runtime: the
    // browser tests must run the production build that users get.
    const r = spawnSync(process.execPath, args, {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (r.status !== 0) {
      throw new Error(
        `e2e: building the ${label} failed (exit ${r.status ?? r.signal}): node ${args.join(' ')}\n${r.stdout}${r.stderr}`,
      );
    }
    if (!existsSync(path.join(repoRoot, output)))
      throw new Error(`e2e: building the ${label} did not produce ${output}`);
    log(`built the ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** A URL with another database name (the path), keeping user, password, host and parameters. */
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Database {
  kind: RunningServer['database'];
  env: Record<string, string>;
  /** What the failure messages say about where the data lives (no password). */
  description: string;
  drop: () => Promise<void>;
}

async function createDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `kg_e2e_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `create database "${name}"`);
    const safe = new URL(withDatabase(serverUrl, name));
    safe.password = '';
    return {
      kind: 'postgresql',
      env: { DATABASE_URL: withDatabase(serverUrl, name) },
      description: safe.toString(),
      drop: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-e2e-'));
  return {
    kind: 'embedded',
    env: { DATA_DIR: dataDir },
    description: `embedded database in ${dataDir}`,
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** Starts the server and resolves when GET /readyz answers 200. */
export async function startServer(): Promise<RunningServer> {
  for (const f of ['client/dist/index.html', 'server/dist/main.js']) {
    if (!existsSync(path.join(repoRoot, f))) throw new Error(`e2e: ${f} is missing; build first (buildAll)`);
  }
  const db = await createDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(line);
    if (lines.length > LOG_LINES_KEPT) lines.splice(0, lines.length - LOG_LINES_KEPT);
  };
  const logs = () => lines.join('\n');

  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  Object.assign(env, db.env, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production' });

  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'server/dist/main.js'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: string | undefined;
  let stopping = false;
  const exitPromise = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = `exit code ${code ?? '-'}, signal ${signal ?? '-'}`;
      if (!stopping) log(`the server stopped unexpectedly (${exited}); its last output:\n${logs()}`);
      resolve();
    }),
  );
  // If the test process dies without teardown, do not leave the server running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.off('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exitPromise;
      clearTimeout(timer);
    }
    await db.drop();
  };

  const started = Date.now();
  let last = 'no answer yet';
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (exited) break;
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) {
        log(`server ready at ${url} on the ${db.description} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return { url, database: db.kind, databaseUrl: db.env.DATABASE_URL, logs, stop };
      }
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`;
    } catch (err) {
      last = err instanceof Error ? `${err.message}${err.cause ? ` (${String(err.cause)})` : ''}` : String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const reason = exited
    ? `the server exited (${exited})`
    : `GET /readyz did not answer 200 in ${READY_TIMEOUT_MS / 1000} s`;
  await stop().catch(() => undefined);
  throw new Error(`e2e: ${reason}; last /readyz result: ${last}\nServer output:\n${logs()}`);
}

/**
 * A server of a test file's own (the file changes data), started with extra environment, e.g.
 * plain-http session cookies (`COOKIE_SECURE: 'false'`).
 */
export async function startServerWith(env: Record<string, string>): Promise<RunningServer> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await startServer();
  } finally {
    process.env = saved;
  }
}

/** Runs one statement on a running server's database (PostgreSQL only). */
export async function sqlOn(server: RunningServer, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
