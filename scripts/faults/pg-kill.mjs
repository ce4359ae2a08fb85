#!/usr/bin/env node
// Fault drill: kill -9 of PostgreSQL (a cluster of the drill's own) during a burst of writes.
// Proves: 0 acknowledged writes lost, 0 half-written, no duplicate from retried idempotency
// keys, clients get UNAVAILABLE (never INTERNAL_SERVER_ERROR) and /healthz 503 during the
// outage, and the API recovers without a restart. Exit code 1 when any of it fails.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApi } from './api.mjs';
import { createCluster } from './cluster.mjs';
import { createDeliverable, verifyWrites, writerKey } from './fixtures.mjs';

const WORKERS = 6;
const BURST_MS = 12_000;
const CRASH_AT_MS = 3_000;
const OUTAGE_MS = 3_000;
const PREFIX = `Vikatesti ${Date.now().toString(36)} `;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-fault-api-'));
const cluster = await createCluster();
let api;
let failed = false;
const check = (ok, line) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
};

try {
  await cluster.start();
  api = await startApi({ databaseUrl: cluster.url, dataDir });
  const { key, projectGid } = await writerKey(cluster.url);
  console.log(`pg-kill: API on ${api.url}, PostgreSQL of its own on :${cluster.port}`);

  const acknowledged = new Map(); // idempotency key -> deliverable id
  const codes = new Map();
  const health = [];
  const messages = new Set();
  const started = Date.now();
  let outage = false;
  const worker = async (w) => {
    for (let i = 0; Date.now() - started < BURST_MS; i++) {
      const idem = `drill-${w}-${i}-${started}`;
      // Retry the same key until acknowledged (or 30 s): a retry must never write twice.
      for (let attempt = 0; Date.now() - started < BURST_MS + 30_000; attempt++) {
        const r = await createDeliverable(api.url, key, projectGid, idem, `${PREFIX}${idem}`);
        if (r.id) {
          acknowledged.set(idem, r.id);
          break;
        }
        codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
        if (r.code !== 'UNAVAILABLE' && !r.code.startsWith('NETWORK')) messages.add(`${r.code}: ${r.message}`);
        await sleep(200);
      }
    }
  };
  const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
  // Crash in the middle of the burst, once writes are flowing.
  while (acknowledged.size < 20 && Date.now() - started < CRASH_AT_MS * 5) await sleep(100);
  await cluster.crash();
  outage = true;
  console.log(`pg-kill: PostgreSQL killed (-9) after ${acknowledged.size} acknowledged writes`);
  for (let t = 0; t < OUTAGE_MS; t += 500) {
    const h = await fetch(`${api.url}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    health.push(h);
    await sleep(500);
  }
  await cluster.start();
  outage = false;
  console.log('pg-kill: PostgreSQL restarted (crash recovery)');
  await Promise.all(workers);
  void outage;

  const v = await verifyWrites(cluster.url, PREFIX, acknowledged);
  console.log(
    `pg-kill: ${JSON.stringify({ ...v, errorCodesDuringOutage: Object.fromEntries(codes), healthzDuringOutage: health })}`,
  );
  for (const m of messages) console.log(`pg-kill: other answer: ${m}`);
  check(v.acknowledged > 0, `${v.acknowledged} writes acknowledged`);
  check(v.lost === 0, `${v.lost} acknowledged writes lost`);
  check(v.halfWritten === 0, `${v.halfWritten} half-written (no project link or audit row)`);
  check(v.duplicates === 0, `${v.duplicates} duplicates from retried idempotency keys`);
  check(
    !codes.has('INTERNAL_SERVER_ERROR') && ![...codes.keys()].some((c) => c.startsWith('HTTP_5') && c !== 'HTTP_503'),
    `no INTERNAL_SERVER_ERROR during the outage (codes: ${[...codes.keys()].join(', ') || 'none'})`,
  );
  check(codes.has('UNAVAILABLE'), 'clients were told UNAVAILABLE (retryable) during the outage');
  check(
    health.some((h) => h === 503),
    `/healthz answered 503 during the outage (${health.join(' ')})`,
  );
  const after = await fetch(`${api.url}/healthz`).then((r) => r.status);
  check(after === 200 && api.proc.exitCode === null, 'the API recovered without a restart');
} catch (e) {
  console.error(`pg-kill: ${e.stack ?? e}`);
  if (api) console.error(api.log().slice(-3000));
  failed = true;
} finally {
  if (failed && api)
    console.log(
      api
        .log()
        .split('\n')
        .filter((l) => l.includes('graphql error'))
        .slice(0, 5)
        .join('\n'),
    );
  await api?.kill();
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failed ? 'pg-kill: FAILED' : 'pg-kill: passed');
process.exit(failed ? 1 : 0);
