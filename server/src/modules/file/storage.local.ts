import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, isStorageKey, type FileStorage, type PutOptions, type StoredObject } from './storage.js';

/**
 * Files in a local directory (`dataDir/files`): objects appear by fsync + rename, so a reader
 * never sees half a file; a crash leaves at most a staged file, which the orphan sweep removes.
 */
export class LocalFileStorage implements FileStorage {
  readonly kind = 'local' as const;

  /**
   * @param root directory of the objects (`<root>/ab/<uuid>`)
   * @param stagingDir directory for streams being written (best on the same file system as root)
   */
  constructor(
    readonly root: string,
    readonly stagingDir: string,
  ) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Readable, options: PutOptions): Promise<void> {
    await fs.mkdir(this.stagingDir, { recursive: true });
    const staged = path.join(this.stagingDir, `${randomUUID()}.put`);
    try {
      // flush: fsync before the descriptor is closed.
      await pipeline(body, createWriteStream(staged, { flags: 'wx', mode: 0o600, flush: true }));
      const { size } = await fs.stat(staged);
      if (size !== options.byteSize) throw new Error(`Expected ${options.byteSize} bytes, got ${size}.`);
    } catch (err) {
      await fs.rm(staged, { force: true });
      throw err;
    }
    await this.putFile(key, staged, options);
  }

  async putFile(key: string, sourcePath: string, _options: PutOptions): Promise<void> {
    const dest = this.pathOf(key);
    const dir = path.dirname(dest);
    try {
      await fs.mkdir(dir, { recursive: true });
      try {
        await fs.rename(sourcePath, dest);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
        // Another file system: copy beside the target, fsync, then rename within it.
        const partial = `${dest}.partial`;
        await fs.copyFile(sourcePath, partial);
        const handle = await fs.open(partial, 'r+');
        await handle.sync().finally(() => handle.close());
        await fs.rename(partial, dest);
      }
      await syncDir(dir);
    } finally {
      await fs.rm(sourcePath, { force: true });
    }
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const handle = await fs.open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    const file = path.join(this.root, ...key.split('/'));
    await fs.rm(file, { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(key))).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }

  async *list(): AsyncIterable<StoredObject> {
    let shards: string[];
    try {
      shards = await fs.readdir(this.root);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const shard of shards.sort()) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      const names = await fs.readdir(path.join(this.root, shard)).catch(() => [] as string[]);
      for (const name of names.sort()) {
        const key = `${shard}/${name}`;
        if (!isStorageKey(key)) continue;
        const stat = await fs.stat(path.join(this.root, shard, name)).catch(() => null);
        if (stat?.isFile()) yield { key, byteSize: stat.size, modifiedAt: stat.mtime };
      }
    }
  }
}

/** Makes a rename durable: fsync the directory that holds the new name. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
