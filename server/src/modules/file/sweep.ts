import type { EntityManager } from '@mikro-orm/postgresql';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import { keysWithRows } from './file.queries.js';
import type { FileStorage } from './storage.js';
import { createFileStorage, uploadTempDir } from './storage.factory.js';

/** How long a fresh object may wait for its row before it counts as an orphan. */
const STORE_GRACE_MS = 60 * 60 * 1000;

/**
 * The start-up sweep of the configured store (main.ts calls it before listening). A local
 * store belongs to this instance alone, so nothing is in flight; a shared S3 bucket keeps
 * objects younger than an hour.
 */
export async function sweepFileStore(config: Config, em: EntityManager): Promise<SweepResult> {
  const storage = createFileStorage(config);
  try {
    return await sweepOrphans(em, storage, uploadTempDir(config), {
      // Fresh objects wait for their rows in a local folder too: another instance, or another
      // installation pointed at the same folder by mistake, may be writing them right now.
      graceMs: STORE_GRACE_MS,
    });
  } finally {
    storage.close?.();
  }
}

export interface SweepResult {
  /** Temp files of uploads that never finished. */
  tempFiles: number;
  /** Objects in the store without a row (a crash between rename and commit, or a failed delete). */
  orphans: number;
}

/**
 * Start-up clean-up (QUALITY.md: "0 temp files after restart"): empties the upload temp
 * directory and deletes every object in the store that no `file` row names. Objects younger
 * than graceMs are kept, so that uploads still in flight on other instances (shared S3 bucket)
 * are not taken for orphans; a single instance sweeping before it listens can use 0.
 */
export async function sweepOrphans(
  em: EntityManager,
  storage: FileStorage,
  tempDir: string,
  { graceMs = 0, batchSize = 500 }: { graceMs?: number; batchSize?: number } = {},
): Promise<SweepResult> {
  let tempFiles = 0;
  const entries = await fs.readdir(tempDir).catch(() => [] as string[]);
  for (const name of entries) {
    await fs.rm(path.join(tempDir, name), { recursive: true, force: true });
    tempFiles++;
  }

  const cutoff = Date.now() - graceMs;
  let orphans = 0;
  let batch: string[] = [];
  const flush = async () => {
    const kept = await keysWithRows(em, batch);
    for (const key of batch) {
      if (kept.has(key)) continue;
      await storage.delete(key);
      orphans++;
    }
    batch = [];
  };
  for await (const object of storage.list()) {
    if (graceMs > 0 && object.modifiedAt.getTime() > cutoff) continue;
    batch.push(object.key);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return { tempFiles, orphans };
}
