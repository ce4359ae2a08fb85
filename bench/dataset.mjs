// The dataset: database kuntagraph_bench_s<scale>, filled by the API's synthetic generator
// (reference data + synthetic projects + search index); reused when it already holds data.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { PGL_FUNCTIONS } from './workloads.mjs';

const ADMIN = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';

async function withClient(url, fn) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function ensureDataset({ scale, fresh, repo }) {
  const name = `kuntagraph_bench_s${scale}`;
  const url = `${ADMIN}/${name}`;
  const exists = await withClient(`${ADMIN}/postgres`, async (c) => {
    if (fresh) await c.query(`drop database if exists ${name} with (force)`);
    return (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
  });
  let projects = 0;
  if (exists)
    projects = await withClient(url, (c) =>
      c
        .query('select count(*)::int n from project')
        .then((r) => r.rows[0].n)
        .catch(() => 0),
    );
  // The generator migrates first, then generates only into a database without synthetic rows:
  // run it on a reused dataset too, so that the API's new migrations are applied before the
  // vacuum below (a migration that rebuilds the search documents leaves them unvacuumed).
  const t0 = Date.now();
  console.log(
    projects === 0
      ? `dataset: generating scale ${scale} into ${name} ...`
      : `dataset: reusing ${name} (${projects} projects; --fresh regenerates), migrating ...`,
  );
  // Run from server/ so tsx picks up its tsconfig (decorators).
  const r = spawnSync(
    'npx',
    ['tsx', 'src/scripts/seed-synthetic.ts', '--scale', String(scale), '--seed', '42', '--database-url', url],
    {
      cwd: path.join(repo, 'server'),
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DATABASE_URL: '' },
    },
  );
  if (r.status !== 0) throw new Error(`synthetic generator failed (exit ${r.status})`);
  if (projects === 0) console.log(`dataset: generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  await withClient(url, async (c) => {
    await c.query(PGL_FUNCTIONS);
    // A freshly generated dataset has no visibility map until autovacuum gets to it, so every
    // index-only scan would visit the heap: vacuum it as a running database would be.
    await c.query('vacuum analyze');
  });
  const counts = await withClient(url, (c) =>
    c
      .query(
        `select (select count(*)::int from project) projects, (select count(*)::int from deliverable) deliverables,
      (select count(*)::int from organisation) organisations, (select count(*)::int from search_doc) search_docs`,
      )
      .then((r) => r.rows[0]),
  );
  return { name, url, counts };
}
