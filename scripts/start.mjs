#!/usr/bin/env node
// `npm start`: builds what is missing or stale (web app, server), then runs the server, which
// migrates, seeds an empty database and serves API + web app on one port. A second start
// skips the builds.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeArgs } from './server-node-args.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the files under the given paths. */
function newest(paths) {
  let t = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const f of readdirSync(p)) if (f !== 'node_modules' && f !== 'dist') visit(path.join(p, f));
    } else t = Math.max(t, s.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return t;
}

function stale(output, inputs) {
  const out = path.join(root, output);
  return !existsSync(out) || statSync(out).mtimeMs < newest(inputs);
}

function run(label, args) {
  console.log(`kuntagraph: ${label}…`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(path.join(root, 'node_modules'))) {
  console.error('kuntagraph: dependencies are missing; run `npm install` first.');
  process.exit(1);
}
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
if (
  stale('client/dist/index.html', ['client/src', 'client/index.html', 'client/vite.config.ts', 'client/package.json'])
) {
  run('building the web app', [bin('vite', 'bin/vite.js'), 'build', 'client', '--logLevel', 'warn']);
}
if (
  stale('server/dist/main.js', ['server/src', 'server/tsconfig.build.json', 'server/package.json', 'tsconfig.json'])
) {
  run('building the server', [bin('typescript', 'bin/tsc'), '-p', 'server/tsconfig.build.json']);
}

let nodeArgs;
try {
  nodeArgs = serverNodeArgs();
} catch (e) {
  console.error(`kuntagraph: ${e.message}`);
  process.exit(1);
}
const child = spawn(process.execPath, [...nodeArgs, 'server/dist/main.js'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
