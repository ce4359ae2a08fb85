// Timing: autocannon rounds, interleaved per workload (A B C, A B C, ...), with CPU, RSS and
// transaction counts read around each round.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';

const TICK_MS = 10; // USER_HZ = 100 on Linux

const cpuTicks = (pid) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(f[11]) + Number(f[12]); // utime + stime (fields 14, 15)
  } catch {
    return 0;
  }
};
const peakRssMiB = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

export async function openMonitor(adminUrl, dbName) {
  // Connected to the maintenance database, so its own queries never count in the bench database.
  const c = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await c.connect();
  return {
    async xacts() {
      const x = await c.query('select xact_commit + xact_rollback as n from pg_stat_database where datname = $1', [
        dbName,
      ]);
      return Number(x.rows[0].n);
    },
    async snapshot() {
      const x = await c.query('select xact_commit + xact_rollback as n from pg_stat_database where datname = $1', [
        dbName,
      ]);
      const b = await c.query('select pid from pg_stat_activity where datname = $1', [dbName]);
      const backends = new Map(b.rows.map((r) => [r.pid, cpuTicks(r.pid)]));
      return { xacts: Number(x.rows[0].n), backends };
    },
    /**
     * Ends the statements a target still runs after its round (requests autocannon no longer
     * waits for: a search over every hit may take seconds) and waits until the database is idle,
     * so that they burden and count against no other target's round.
     */
    async settle() {
      await c.query(`select pg_cancel_backend(pid) from pg_stat_activity where datname = $1 and state = 'active'`, [
        dbName,
      ]);
      for (let i = 0; i < 200; i++) {
        const r = await c.query(
          `select count(*)::int as n from pg_stat_activity where datname = $1 and state = 'active'`,
          [dbName],
        );
        if (r.rows[0].n === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => c.end(),
  };
}

const dbTicksBetween = (a, b) => {
  let t = 0;
  for (const [pid, ticks] of b.backends) t += ticks - (a.backends.get(pid) ?? 0);
  return t; // backends that exited during the round are missed (pools keep theirs open)
};

/** Runs autocannon; in the middle half of the run it reads the transaction counter twice
 * (under steady load each backend flushes its counts every second, so the lag is the same at
 * both ends) and counts the responses between the two reads. */
function runAutocannon(target, req, { duration, connections }, monitor) {
  let errors = 0;
  let responses = 0;
  const window = {};
  const timers = monitor
    ? [
        setTimeout(() => {
          const n = responses;
          monitor.xacts().then((x) => Object.assign(window, { x0: x, n0: n }));
        }, duration * 250),
        setTimeout(() => {
          const n = responses;
          monitor.xacts().then((x) => Object.assign(window, { x1: x, n1: n }));
        }, duration * 750),
      ]
    : [];
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: target.url,
        connections,
        duration,
        requests: [
          {
            method: req.method,
            path: req.path,
            body: req.body,
            headers: { ...(req.body ? { 'content-type': 'application/json' } : {}), ...req.headers },
            onResponse: (status, body) => {
              responses++;
              if (status !== 200 || body.includes('"errors":[')) errors++;
            },
          },
        ],
      },
      (err, result) => {
        timers.forEach(clearTimeout);
        err ? reject(err) : resolve({ result, errors, window });
      },
    );
  });
}

/** One workload: warm-up, then `rounds` x (each target for `duration` s), interleaved. */
export async function measureWorkload(w, allTargets, params, monitor, opts) {
  const targets = targetsFor(w, allTargets);
  const acc = Object.fromEntries(
    targets.map((t) => [
      t.id,
      { requests: 0, errors: 0, seconds: 0, ticks: 0, dbTicks: 0, xacts: 0, xactResponses: 0, p50: [], p99: [] },
    ]),
  );
  for (const t of targets) {
    await runAutocannon(t, w[t.as ?? t.id](params), { duration: opts.warmup, connections: opts.connections });
    await monitor.settle();
  }
  for (let round = 0; round < opts.rounds; round++) {
    for (const t of targets) {
      const before = await monitor.snapshot();
      const cpu0 = cpuTicks(t.pid);
      const { result, errors, window } = await runAutocannon(
        t,
        w[t.as ?? t.id](params),
        { duration: opts.duration, connections: opts.connections },
        monitor,
      );
      const cpu1 = cpuTicks(t.pid);
      const after = await monitor.snapshot();
      await monitor.settle();
      const a = acc[t.id];
      const total = result.requests.total;
      a.requests += total - errors;
      a.errors += errors; // non-200 or GraphQL errors, counted in onResponse
      a.errors += result.errors + result.timeouts;
      a.seconds += result.duration;
      a.ticks += cpu1 - cpu0;
      a.dbTicks += dbTicksBetween(before, after);
      if (window.x1 !== undefined && window.n1 > window.n0) {
        a.xacts += window.x1 - window.x0;
        a.xactResponses += window.n1 - window.n0;
      }
      a.p50.push(result.latency.p50);
      a.p99.push(result.latency.p99);
      process.stdout.write(
        `  ${w.id} round ${round + 1}/${opts.rounds} ${t.id}: ${(total / result.duration).toFixed(0)} req/s${errors ? `, ${errors} ERRORS` : ''}\n`,
      );
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return Object.fromEntries(
    targets.map((t) => {
      const a = acc[t.id];
      const all = a.requests + a.errors;
      return [
        t.id,
        {
          reqPerSec: a.requests / a.seconds,
          requests: a.requests,
          errors: a.errors,
          p50: median(a.p50),
          p99: median(a.p99),
          cpuMsPerReq: all ? (a.ticks * TICK_MS) / all : null,
          dbCpuMsPerReq: all ? (a.dbTicks * TICK_MS) / all : null,
          xactsPerReq: a.xactResponses ? a.xacts / a.xactResponses : null,
          peakRssMiB: peakRssMiB(t.pid),
        },
      ];
    }),
  );
}

/** The targets a workload runs on: the reads-only ceiling never gets a write. */
export function targetsFor(w, targets) {
  return targets.filter((t) => !(t.readsOnly && w.write));
}
