#!/usr/bin/env node
// Fault drill: kill -9 of the API during writes and uploads, then a restart on the same data.
// Proves: 0 acknowledged writes or uploads lost, 0 half-written rows, 0 file rows without their
// object (and every object's sha256 as recorded), 0 temp files after the restart's sweep, and
// no duplicate from a retried idempotency key. Exit code 1 when any of it fails.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startApi } from './api.mjs';
import { createCluster, freePort } from './cluster.mjs';
import { createDeliverable, verifyWrites, writerKey } from './fixtures.mjs';

const WRITERS = 4;
const UPLOADERS = 3;
const KILL_AFTER_ACKS = 15;
const PREFIX = `Kaatumistesti ${Date.now().toString(36)} `;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-fault-api-'));
const cluster = await createCluster();
let api;
let failed = false;
const check = (ok, line) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
};

async function gql(url, key, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A small PDF whose bytes differ per upload (the sniffer reads the magic bytes). */
function pdf() {
  return Buffer.concat([Buffer.from('%PDF-1.4\n%'), randomBytes(64 * 1024), Buffer.from('\n%%EOF\n')]);
}

async function upload(url, key, release, bytes) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'Pöytäkirja.pdf');
  try {
    const res = await fetch(`${url}/api/files?release=${encodeURIComponent(release)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
      body: form,
      signal: AbortSignal.timeout(20_000),
    });
    const body = await res.json().catch(() => null);
    return res.status === 201 ? { id: body.id, sha256: body.sha256 } : { code: `HTTP_${res.status}` };
  } catch (e) {
    return { code: `NETWORK_${e.name}` };
  }
}

try {
  await cluster.start();
  const port = await freePort();
  api = await startApi({ databaseUrl: cluster.url, dataDir, port });
  const { key, projectGid } = await writerKey(cluster.url);
  const d = await gql(
    api.url,
    key,
    `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
    {
      input: { project: projectGid, kind: 'REPORT', title: { fi: `${PREFIX}liitteet` } },
    },
  );
  const r = await gql(api.url, key, `mutation($input: CreateReleaseInput!) { createRelease(input: $input) { id } }`, {
    input: { deliverable: d.createDeliverable.id, version: '1.0' },
  });
  const release = r.createRelease.id;
  console.log(`api-kill: API on ${api.url}, PostgreSQL of its own on :${cluster.port}`);

  const acknowledged = new Map();
  const uploads = new Map(); // file id -> sha256 (acknowledged)
  const started = Date.now();
  let restarted = false;
  const writer = async (w) => {
    for (let i = 0; !restarted || Date.now() - started < 40_000; i++) {
      if (restarted && i > 200) break;
      const idem = `crash-${w}-${i}-${started}`;
      for (let attempt = 0; attempt < 200; attempt++) {
        const res = await createDeliverable(api.url, key, projectGid, idem, `${PREFIX}${idem}`);
        if (res.id) {
          acknowledged.set(idem, res.id);
          break;
        }
        await sleep(250);
      }
      if (restarted && acknowledged.size > KILL_AFTER_ACKS * 3) break;
    }
  };
  const uploader = async () => {
    while (!restarted || uploads.size < 6) {
      const res = await upload(api.url, key, release, pdf());
      if (res.id) uploads.set(res.id, res.sha256);
      else await sleep(250);
      if (Date.now() - started > 60_000) break;
    }
  };
  const jobs = [
    ...Array.from({ length: WRITERS }, (_, w) => writer(w)),
    ...Array.from({ length: UPLOADERS }, uploader),
  ];
  while (acknowledged.size < KILL_AFTER_ACKS && Date.now() - started < 30_000) await sleep(50);
  await api.kill();
  console.log(`api-kill: API killed (-9) after ${acknowledged.size} writes and ${uploads.size} uploads acknowledged`);
  // The temp files the crash left behind; the restart's sweep must remove every one of them
  // (uploads that start after the restart make temp files of their own, which do not count).
  const tempDir = path.join(dataDir, 'tmp', 'uploads');
  const leftBehind = existsSync(tempDir) ? readdirSync(tempDir) : [];
  api = await startApi({ databaseUrl: cluster.url, dataDir, port });
  const tempAfterRestart = leftBehind.filter((f) => existsSync(path.join(tempDir, f))).length;
  restarted = true;
  console.log(
    `api-kill: API restarted (temp files left by the crash: ${leftBehind.length}, still there after the sweep: ${tempAfterRestart})`,
  );
  await Promise.all(jobs);

  const v = await verifyWrites(cluster.url, PREFIX + 'crash-', acknowledged);
  const c = new pg.Client({ connectionString: cluster.url });
  await c.connect();
  const files = (await c.query(`select id, sha256, storage_key from file`)).rows;
  await c.end();
  const uuidOf = (gid) => Buffer.from(gid, 'base64url').toString().split(':')[1];
  const ids = new Set(files.map((f) => f.id));
  const objectOf = (k) => path.join(dataDir, 'files', ...k.split('/'));
  const missing = files.filter((f) => !existsSync(objectOf(f.storage_key)));
  const corrupt = files.filter(
    (f) =>
      existsSync(objectOf(f.storage_key)) &&
      createHash('sha256')
        .update(readFileSync(objectOf(f.storage_key)))
        .digest('hex') !== f.sha256,
  );
  const lostUploads = [...uploads.keys()].filter((gid) => !ids.has(uuidOf(gid)));
  console.log(
    `api-kill: ${JSON.stringify({ ...v, uploadsAcknowledged: uploads.size, fileRows: files.length, tempAfterRestart })}`,
  );
  check(v.acknowledged > KILL_AFTER_ACKS, `${v.acknowledged} writes acknowledged across the crash`);
  check(v.lost === 0, `${v.lost} acknowledged writes lost`);
  check(v.halfWritten === 0, `${v.halfWritten} half-written`);
  check(v.duplicates === 0, `${v.duplicates} duplicates from retried idempotency keys`);
  check(
    uploads.size > 0 && lostUploads.length === 0,
    `${uploads.size} uploads acknowledged, ${lostUploads.length} lost`,
  );
  check(missing.length === 0, `${missing.length} file rows without their object`);
  check(corrupt.length === 0, `${corrupt.length} objects whose sha256 differs from their row`);
  check(
    tempAfterRestart === 0,
    `${tempAfterRestart} of the ${leftBehind.length} temp files the crash left are still there after the restart's sweep`,
  );
} catch (e) {
  console.error(`api-kill: ${e.stack ?? e}`);
  if (api) console.error(api.log().slice(-3000));
  failed = true;
} finally {
  await api?.kill();
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failed ? 'api-kill: FAILED' : 'api-kill: passed');
process.exit(failed ? 1 : 0);
