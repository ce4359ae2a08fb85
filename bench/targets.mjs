// Starts the targets on loopback ports and stops them.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { serverNodeArgs } from '../scripts/server-node-args.mjs';

const HOST = '127.0.0.1';

export function buildApi(repo) {
  console.log('targets: building Kuntagraph (tsc -p server/tsconfig.build.json) ...');
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'server/tsconfig.build.json'], {
    cwd: repo,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('Kuntagraph build failed');
}

async function waitReady(url, proc, name, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (proc.exitCode !== null)
      throw new Error(`${name} exited (${proc.exitCode}); see bench/results/logs/${name}.log`);
    try {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{__typename}"}',
      });
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become ready`);
}

function start(name, args, cwd, env, logDir) {
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const proc = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout.pipe(log);
  proc.stderr.pipe(log);
  return proc;
}

export async function startTargets({ repo, bench, dbUrl, basePort }) {
  const logDir = path.join(bench, 'results', 'logs');
  mkdirSync(logDir, { recursive: true });
  const common = { DATABASE_URL: dbUrl, HOST, NODE_ENV: 'production' };
  const defs = [
    {
      id: 'kg',
      label: 'Kuntagraph',
      port: basePort,
      args: [...serverNodeArgs(), 'server/dist/main.js'],
      cwd: repo,
      // One client address sends the whole load: the per-IP rate limit would measure itself.
      // This target answers every request itself (response cache off): the like-for-like comparison.
      env: {
        PORT: String(basePort),
        LOG_LEVEL: 'warn',
        SEED_ON_EMPTY: 'false',
        RATE_LIMIT_ENABLED: 'false',
        RESPONSE_CACHE_MB: '0',
      },
      ready: '/graphql',
    },
    {
      id: 'kgc',
      as: 'kg',
      label: 'Kuntagraph, response cache on',
      port: basePort + 3,
      args: [...serverNodeArgs(), 'server/dist/main.js'],
      cwd: repo,
      // Writes through either instance reach the other's cache over Redis, as in production.
      env: {
        PORT: String(basePort + 3),
        LOG_LEVEL: 'warn',
        SEED_ON_EMPTY: 'false',
        RATE_LIMIT_ENABLED: 'false',
        RESPONSE_CACHE_MB: '64',
        ...(process.env.BENCH_REDIS !== 'off'
          ? { REDIS_URL: process.env.BENCH_REDIS ?? 'redis://127.0.0.1:6379' }
          : {}),
      },
      ready: '/graphql',
    },
    {
      // Not a server under test: the load generator's ceiling for answers from memory (reads only).
      id: 'ceil',
      as: 'kg',
      label: 'ceiling: bare node:http from memory',
      port: basePort + 4,
      args: ['peers/ceiling.mjs'],
      cwd: bench,
      env: { PORT: String(basePort + 4), UPSTREAM: `http://${HOST}:${basePort + 3}` },
      ready: '/graphql',
      readsOnly: true,
    },
    {
      id: 'raw',
      label: 'raw SQL',
      port: basePort + 1,
      args: ['raw-sql/server.mjs'],
      cwd: bench,
      env: { PORT: String(basePort + 1) },
      ready: '/probe',
    },
    {
      id: 'pgl',
      label: 'PostGraphile 5.1.5',
      port: basePort + 2,
      args: ['-r', './polyfill.cjs', 'peers/postgraphile.mjs'],
      cwd: bench,
      env: { PORT: String(basePort + 2), GRAPHILE_ENV: 'production' },
      ready: '/graphql',
    },
  ];
  const targets = [];
  try {
    for (const d of defs) {
      const proc = start(d.id, d.args, d.cwd, { ...common, ...d.env }, logDir);
      targets.push({ ...d, proc, pid: proc.pid, url: `http://${HOST}:${d.port}` });
      await waitReady(`http://${HOST}:${d.port}${d.ready}`, proc, d.id);
      console.log(`targets: ${d.label} on :${d.port} (pid ${proc.pid})`);
    }
  } catch (e) {
    stopTargets(targets);
    throw e;
  }
  return targets;
}

export function stopTargets(targets) {
  for (const t of targets) if (t.proc.exitCode === null) t.proc.kill('SIGTERM');
}
