#!/usr/bin/env node
// npm run bench [-- --scale 1|10|100] [--fresh] [--duration s] [--rounds n] [--quick] [--only W1,W3]
// One run, side by side on one database: Kuntagraph vs raw SQL vs PostGraphile v5.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const bench = path.dirname(fileURLToPath(import.meta.url));
const repo = path.dirname(bench);

const { values: o } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    fresh: { type: 'boolean', default: false },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    port: { type: 'string', default: '4710' },
  },
});
if (!['1', '10', '100'].includes(o.scale)) throw new Error('--scale must be 1, 10 or 100');

// The peers live in bench/package.json, outside the product's workspaces.
if (!existsSync(path.join(bench, 'node_modules'))) {
  console.log('bench: installing bench/ dependencies (first run) ...');
  const r = spawnSync('npm', ['install', '--prefix', bench, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const [
  { ensureDataset },
  targetsMod,
  { WORKLOADS, pickParams, removeBenchWrites },
  { verifyAll },
  { openMonitor, measureWorkload },
  report,
  { default: pg },
] = await Promise.all(
  ['./dataset.mjs', './targets.mjs', './workloads.mjs', './verify.mjs', './measure.mjs', './report.mjs', 'pg'].map(
    (m) => import(m),
  ),
);

const opts = {
  scale: Number(o.scale),
  duration: o.quick ? 2 : Number(o.duration),
  rounds: o.quick ? 1 : Number(o.rounds),
  warmup: o.quick ? 1 : 2,
  connections: Number(o.connections),
};
const admin = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const startedAt = new Date().toISOString();
const dataset = await ensureDataset({ scale: opts.scale, fresh: o.fresh, repo });
targetsMod.buildApi(repo);
const targets = await targetsMod.startTargets({ repo, bench, dbUrl: dataset.url, basePort: Number(o.port) });
const stop = () => targetsMod.stopTargets(targets);
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

let exitCode = 0;
try {
  const pool = new pg.Pool({ connectionString: dataset.url, max: 1 });
  await removeBenchWrites(pool);
  const params = await pickParams(pool);
  const pgVersion = (await pool.query('select version() v')).rows[0].v.split(' on ')[0];
  await pool.end();
  const workloads = o.only ? WORKLOADS.filter((w) => o.only.split(',').some((x) => w.id.startsWith(x))) : WORKLOADS;

  const verification = await verifyAll(workloads, targets, params);
  verification.forEach((l) => console.log(`verify: ${l}`));

  const monitor = await openMonitor(admin, dataset.name);
  const results = {
    startedAt,
    argv: process.argv.slice(2),
    options: opts,
    machine: report.machine(pgVersion),
    dataset,
    params,
    verification,
    targets: targets.map(({ id, label, port }) => ({ id, label, port })),
    workloads: [],
  };
  for (const w of workloads) {
    console.log(`\n${w.id} ${w.name}`);
    results.workloads.push({
      id: w.id,
      name: w.name,
      targets: await measureWorkload(w, targets, params, monitor, opts),
    });
  }
  await monitor.close();
  const cleanup = new pg.Pool({ connectionString: dataset.url, max: 1 });
  await removeBenchWrites(cleanup);
  await cleanup.end();
  report.writeReport(bench, results, targets);
} catch (e) {
  console.error(`\nbench: ${e.message}`);
  exitCode = 1;
} finally {
  stop();
}
process.exit(exitCode);
