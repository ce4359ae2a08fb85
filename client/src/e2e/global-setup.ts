// Vitest global setup of the browser suite: builds the web app and the server from the current
// sources, starts the server on a fresh database and hands its URL to the test files.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { SCREENSHOT_DIR } from './browser';
import { buildAll, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the real server under test listens, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Screenshots of failures from an earlier run would be mistaken for this run's.
  try {
    for (const f of readdirSync(SCREENSHOT_DIR)) if (f.startsWith('failed-')) rmSync(path.join(SCREENSHOT_DIR, f));
  } catch {
    // no screenshots yet
  }
  buildAll();
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
  };
}
