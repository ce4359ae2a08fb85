// Starts and kill -9s the built API (server/dist/main.js) as its own process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from './cluster.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function startApi({ databaseUrl, dataDir, port, env = {} }) {
  port ??= await freePort();
  const proc = spawn(process.execPath, ['--expose-gc', path.join(repo, 'server/dist/main.js')], {
    cwd: repo,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (proc.exitCode !== null) throw new Error(`API exited: ${log.slice(-2000)}`);
      try {
        return (await fetch(`${url}/healthz`)).status === 200;
      } catch {
        return false;
      }
    },
    120_000,
    'API did not become healthy',
  );
  return {
    url,
    port,
    proc,
    log: () => log,
    kill() {
      proc.kill('SIGKILL');
      return new Promise((resolve) => (proc.exitCode !== null ? resolve() : proc.once('exit', resolve)));
    },
  };
}
