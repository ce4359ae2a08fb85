#!/usr/bin/env node
// Load drill: a sustained mixed read/write load on loopback, bounded in time, against the built
// API on a PostgreSQL cluster of its own. Every response is checked (HTTP status and GraphQL
// `errors`); the heap after a forced GC must stay flat from round to round.
// Usage: node scripts/faults/load.mjs [--rounds 3] [--seconds 15] [--connections 8]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startApi } from './api.mjs';
import { createCluster } from './cluster.mjs';
import { writerKey } from './fixtures.mjs';

const { values: o } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '8' },
  },
});
const ROUNDS = Number(o.rounds);
const SECONDS = Number(o.seconds);
const CONNECTIONS = Number(o.connections);
const TERMS = [
  'rakennusvalvonta',
  'kaava',
  'bygglov',
  'detaljplan',
  'tekoäly',
  'kyber',
  'Lupapsite',
  '3D',
  'kunta',
  'tietomalli',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pick = (a) => a[Math.floor(Math.random() * a.length)];
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-load-'));
const cluster = await createCluster();
let api;
let failed = false;
const check = (ok, line) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
};

async function heapAfterGc() {
  const before = api.log().length;
  api.proc.kill('SIGUSR2');
  for (let i = 0; i < 50; i++) {
    await sleep(100);
    const line = api
      .log()
      .slice(before)
      .split('\n')
      .find((l) => l.includes('heap after gc'));
    if (line) return JSON.parse(line).heapUsed;
  }
  throw new Error('no heap report (is the API started with --expose-gc?)');
}

try {
  await cluster.start();
  api = await startApi({ databaseUrl: cluster.url, dataDir, env: { LOG_LEVEL: 'info' } });
  const { key, projectGid } = await writerKey(cluster.url);
  const slugs = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ projects(first: 100) { nodes { slug } } municipalities(first: 100) { nodes { id } } }',
    }),
  }).then((r) => r.json());
  const projects = slugs.data.projects.nodes.map((n) => n.slug);
  const municipalities = slugs.data.municipalities.nodes.map((n) => n.id);

  const requests = [
    [
      40,
      () => ({
        query: `query($n: Int) { projects(first: $n) { nodes { slug participants(first: 20) { nodes { organisation { slug } } } deliverables(first: 5) { nodes { id } } } } }`,
        variables: { n: 10 + Math.floor(Math.random() * 40) },
      }),
    ],
    [
      20,
      () => ({
        query: `query($q: String!) { search(query: $q, first: 20) { totalCount nodes { kind score } facets { kind { value count } } } }`,
        variables: { q: pick(TERMS) },
      }),
    ],
    [
      20,
      () => ({
        query: `query($s: String!) { project(slug: $s) { name { text } participants(first: 50) { nodes { role } } grants { status call { year } } } }`,
        variables: { s: pick(projects) },
      }),
    ],
    [
      10,
      () => ({
        query: `query($id: ID!) { neighbourhood(node: $id, hops: 2, limit: 300) { truncated nodes { id } } }`,
        variables: { id: pick(municipalities) },
      }),
    ],
    [
      10,
      () => ({
        auth: true,
        query: `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
        variables: { input: { project: projectGid, kind: 'REPORT', title: { fi: `Kuormitus ${Math.random()}` } } },
      }),
    ],
  ];
  const total = requests.reduce((s, [w]) => s + w, 0);
  const next = () => {
    let x = Math.random() * total;
    for (const [w, make] of requests) if ((x -= w) < 0) return make();
    return requests[0][1]();
  };

  const heaps = [await heapAfterGc()];
  const stats = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const until = Date.now() + SECONDS * 1000;
    const s = { ok: 0, errors: 0, samples: [] };
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < until) {
          const { auth, ...body } = next();
          try {
            const res = await fetch(`${api.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${key}` } : {}) },
              body: JSON.stringify(body),
            });
            const json = await res.json();
            if (res.status === 200 && json.data && !json.errors) s.ok++;
            else {
              s.errors++;
              if (s.samples.length < 3)
                s.samples.push(`${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 200)}`);
            }
          } catch (e) {
            s.errors++;
            if (s.samples.length < 3) s.samples.push(String(e));
          }
        }
      }),
    );
    heaps.push(await heapAfterGc());
    stats.push(s);
    console.log(
      `load: round ${round}: ${s.ok} ok, ${s.errors} errors, ${(s.ok / SECONDS).toFixed(0)} req/s, heap after GC ${(heaps.at(-1) / 2 ** 20).toFixed(1)} MiB`,
    );
    for (const sample of s.samples) console.log(`load:   error: ${sample}`);
  }
  const errors = stats.reduce((n, s) => n + s.errors, 0);
  check(
    stats.every((s) => s.ok > 0),
    'every round completed requests',
  );
  check(errors === 0, `${errors} errors (HTTP status and GraphQL error bodies checked)`);
  // Round 1 warms caches and the JIT; from then on the heap after GC must not grow.
  const growth = heaps.at(-1) - heaps[1];
  check(
    growth < 16 * 2 ** 20,
    `heap after GC from round 1 to ${ROUNDS}: ${(growth / 2 ** 20).toFixed(1)} MiB (< 16 MiB)`,
  );
} catch (e) {
  console.error(`load: ${e.stack ?? e}`);
  if (api) console.error(api.log().slice(-3000));
  failed = true;
} finally {
  await api?.kill();
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failed ? 'load: FAILED' : 'load: passed');
process.exit(failed ? 1 : 0);
