// Output: the table on stdout, JSON under results/, the last run in RESULTS.md.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function machine(pgVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    nproc: Number(execSync('nproc').toString().trim()),
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? 'unknown',
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    postgres: pgVersion,
    os: `${os.type()} ${os.release()}`,
  };
}

const f = (x, d = 0) => (x == null || !Number.isFinite(x) ? '-' : x.toFixed(d));

export function table(results, targets) {
  const head = [
    'workload',
    'target',
    'req/s',
    'x raw',
    'x PGL',
    'p50 ms',
    'p99 ms',
    'CPU ms/req',
    'db CPU ms/req',
    'xacts/req',
    'peak RSS MiB',
    'errors',
  ];
  const rows = [head];
  for (const w of results.workloads) {
    const raw = w.targets.raw.reqPerSec,
      pgl = w.targets.pgl.reqPerSec;
    for (const t of targets) {
      const r = w.targets[t.id];
      if (!r) continue; // the reads-only ceiling on a write
      rows.push([
        w.id,
        t.label,
        f(r.reqPerSec),
        f(r.reqPerSec / raw, 2),
        f(r.reqPerSec / pgl, 2),
        f(r.p50),
        f(r.p99),
        f(r.cpuMsPerReq, 2),
        f(r.dbCpuMsPerReq, 2),
        f(r.xactsPerReq, 2),
        f(r.peakRssMiB),
        String(r.errors),
      ]);
    }
  }
  return rows;
}

const asText = (rows) => {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ')).join('\n');
};
const asMarkdown = (rows) =>
  [rows[0], rows[0].map((_, i) => (i < 2 ? '---' : '---:')), ...rows.slice(1)]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n');

/** Per workload: req/s with the response cache over req/s without it. */
function cacheRatios(results) {
  return results.workloads
    .filter((w) => w.targets.kgc && w.targets.kg)
    .map((w) => `${w.id} ${f(w.targets.kgc.reqPerSec / w.targets.kg.reqPerSec, 1)}x`)
    .join(', ');
}

/**
 * Per workload: the ceiling's req/s over uncached req/s (the highest cached / uncached ratio the
 * load generator lets this machine show), and the share of the ceiling the cache reaches.
 */
function ceilingRatios(results) {
  return results.workloads
    .filter((w) => w.targets.ceil && w.targets.kg && w.targets.kgc)
    .map(
      (w) =>
        `${w.id} ${f(w.targets.ceil.reqPerSec)} req/s, ${f(w.targets.ceil.reqPerSec / w.targets.kg.reqPerSec, 1)}x (cache at ${f((100 * w.targets.kgc.reqPerSec) / w.targets.ceil.reqPerSec)} %)`,
    )
    .join('; ');
}

/**
 * Uncached / cached CPU per request of the whole server side (API process and its PostgreSQL
 * backends): how many more requests the same CPU serves from the cache, whatever the load
 * generator sharing the machine manages to send.
 */
function cacheCpuRatios(results) {
  const cpu = (r) => (r.cpuMsPerReq ?? NaN) + (r.dbCpuMsPerReq ?? 0);
  return results.workloads
    .filter((w) => w.id !== 'W4' && w.targets.kgc && w.targets.kg && cpu(w.targets.kgc) > 0)
    .map((w) => `${w.id} ${f(cpu(w.targets.kg) / cpu(w.targets.kgc), 1)}x`)
    .join(', ');
}

export function writeReport(bench, results, targets) {
  const rows = table(results, targets);
  console.log(`\n${asText(rows)}`);
  mkdirSync(path.join(bench, 'results'), { recursive: true });
  const file = path.join(bench, 'results', `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  const m = results.machine;
  const md = `# Benchmark results (last run)

Written by \`npm run bench\` — do not edit by hand. ${results.startedAt.slice(0, 10)}, command \`npm run bench -- ${results.argv.join(' ')}\`.

Machine: ${m.nproc} CPU (${m.cpu}), ${m.memoryGiB} GiB RAM, ${m.os}; Node ${m.node}; ${m.postgres}.
All targets, autocannon and PostgreSQL share this machine.

Dataset: \`${results.dataset.name}\` (scale ${results.options.scale}, seed 42): ${Object.entries(results.dataset.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}.

Run: per workload, warm-up ${results.options.warmup} s per target, then ${results.options.rounds} rounds x ${results.options.duration} s per target,
interleaved (Kuntagraph, raw SQL, PostGraphile, ...), ${results.options.connections} connections, loopback.

${asMarkdown(rows)}

Response cache: "Kuntagraph, response cache on" is the same server with its whole-response cache for
anonymous reads (invalidated by every write, across instances over Redis); autocannon repeats one request,
so after the first every read is a hit, answered in front of Apollo by the request's bytes: the ceiling
for repeated anonymous reads, not a like-for-like comparison. Cached / uncached throughput (QUALITY.md target: at least 9x): ${cacheRatios(results)}.
Requests per CPU-second of the server side (API + database), cached / uncached: ${cacheCpuRatios(results)} — the capacity the
cache frees (bench/README.md).${
    ceilingRatios(results)
      ? `
The load generator's ceiling ("ceiling: bare node:http from memory", \`bench/peers/ceiling.mjs\`: a bare server
answering each request with the cached bytes from a Map, nothing else), its req/s and the highest cached / uncached
ratio it lets this machine show: ${ceilingRatios(results)}.`
      : ''
  }

W4 writes a deliverable, its project link and an audit row per request (Kuntagraph through its
\`createDeliverable\` mutation with a WRITE API key; raw SQL and PostGraphile through one
three-insert statement); the rows are deleted after the run.

Verification (before timing):
${results.verification.map((l) => `- ${l}`).join('\n')}

Columns: req/s = successful responses / seconds timed (all rounds); x raw, x PGL = ratio of req/s to the raw-SQL
baseline and to PostGraphile; p50/p99 = median over rounds of each round's percentile; CPU ms/req = utime+stime of the
target's node process / requests; db CPU ms/req = the same for the PostgreSQL backends connected to the bench
database; xacts/req = delta of pg_stat_database.xact_commit + xact_rollback / requests — transactions, not
statements (an explicit BEGIN ... COMMIT with several statements counts once; autocommitted statements count one
each); peak RSS = VmHWM of the target process at the end of the run; errors = non-200 responses plus 200s with
GraphQL \`errors\`.

See bench/README.md for what each target does per workload and where the comparison is not like for like.
`;
  writeFileSync(path.join(bench, 'RESULTS.md'), md);
  console.log(`\nwrote ${path.relative(process.cwd(), file)} and bench/RESULTS.md`);
}
