// A PostgreSQL cluster of the drill's own (initdb on a spare port), never the shared server:
// the fault drills kill -9 it. Runs the server binaries as the `postgres` OS user when started
// as root (initdb refuses root).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function binDir() {
  const fromConfig = (() => {
    try {
      return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })();
  if (fromConfig && existsSync(path.join(fromConfig, 'initdb'))) return fromConfig;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  throw new Error('PostgreSQL server binaries (initdb) not found');
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const asRoot = process.getuid?.() === 0;
const pgUser = () => {
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
};

function run(bin, args, opts = {}) {
  return asRoot ? spawn('runuser', ['-u', 'postgres', '--', bin, ...args], opts) : spawn(bin, args, opts);
}

export async function createCluster() {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-fault-pg-'));
  if (asRoot) {
    const { uid, gid } = pgUser();
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = path.join(dir, 'data');
  await new Promise((resolve, reject) => {
    const p = run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'], {
      stdio: 'ignore',
    });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`initdb exited ${code}`))));
  });
  const port = await freePort();
  let proc = null;
  const cluster = {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      proc = run(
        path.join(bin, 'postgres'),
        ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on'],
        { stdio: 'ignore' },
      );
      await waitFor(() => canConnect(port), 30_000, 'postgres did not start');
    },
    /** kill -9 of the postmaster and every backend: a crash, not a shutdown. */
    async crash() {
      const pmFile = path.join(data, 'postmaster.pid');
      if (!existsSync(pmFile)) return;
      const postmaster = Number(readFileSync(pmFile, 'utf8').split('\n')[0]);
      let children = [];
      try {
        children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .map(Number);
      } catch {
        // no children
      }
      for (const pid of [postmaster, ...children]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await waitFor(async () => !(await canConnect(port)), 10_000, 'postgres did not die');
      // The stale pid file stays, as after a real crash; postgres recovers on the next start.
    },
    async stop() {
      try {
        await cluster.crash();
      } catch {
        // not running
      }
      proc = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  void proc;
  return cluster;
}

export function canConnect(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export async function waitFor(check, timeoutMs, message) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(message);
}
