import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStorageKey, type FileStorage } from '../src/modules/file/storage.js';
import { LocalFileStorage } from '../src/modules/file/storage.local.js';
import { S3FileStorage } from '../src/modules/file/storage.s3.js';

/*
 * One interface suite, run on every implementation: the local directory and S3 (against a real
 * S3-protocol server, s3rver, started here; not an in-memory fake).
 */

const scratch = mkdtempSync(path.join(os.tmpdir(), 'kg-storage-'));
let s3server: S3rver;
let s3: S3FileStorage;

beforeAll(async () => {
  s3server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: path.join(scratch, 's3rver'),
    configureBuckets: [{ name: 'kg-files', configs: [] }],
  });
  const { port } = await s3server.run();
  s3 = new S3FileStorage({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'kg-files',
    region: 'eu-north-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });
});
afterAll(async () => {
  s3?.close();
  await s3server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const key = () => newStorageKey(randomUUID());
const bytes = (n: number, seed = 1) => {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
async function read(stream: Readable | null): Promise<Buffer | null> {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}
async function keys(storage: FileStorage): Promise<string[]> {
  const out: string[] = [];
  for await (const o of storage.list()) out.push(o.key);
  return out.sort();
}

const implementations: [string, () => FileStorage][] = [
  ['local', () => new LocalFileStorage(path.join(scratch, 'local', 'files'), path.join(scratch, 'local', 'staging'))],
  ['s3', () => s3],
];

describe.each(implementations)('FileStorage: %s', (kind, make) => {
  let storage: FileStorage;
  beforeAll(() => {
    storage = make();
  });

  it('puts a stream and gets the same bytes back', async () => {
    const k = key();
    const data = bytes(300_000);
    await storage.put(k, Readable.from([data.subarray(0, 1000), data.subarray(1000)]), {
      byteSize: data.length,
      contentType: 'application/pdf',
    });
    expect(await storage.exists(k)).toBe(true);
    const back = await read(await storage.get(k));
    expect(back!.length).toBe(data.length);
    expect(sha(back!)).toBe(sha(data));
    expect(storage.kind).toBe(kind);
  });

  it('moves a local file in with putFile and removes the source', async () => {
    const k = key();
    const source = path.join(scratch, `${randomUUID()}.upload`);
    const data = bytes(70_000, 7);
    writeFileSync(source, data);
    await storage.putFile(k, source, { byteSize: data.length, contentType: 'image/png' });
    await expect(fs.access(source)).rejects.toThrow();
    expect(sha((await read(await storage.get(k)))!)).toBe(sha(data));
  });

  it('answers a missing key with null and false, and deleting it is no error', async () => {
    const k = key();
    expect(await storage.get(k)).toBeNull();
    expect(await storage.exists(k)).toBe(false);
    await expect(storage.delete(k)).resolves.toBeUndefined();
  });

  it('deletes an object', async () => {
    const k = key();
    await storage.put(k, Readable.from([Buffer.from('x')]), { byteSize: 1, contentType: 'text/csv' });
    expect(await storage.exists(k)).toBe(true);
    await storage.delete(k);
    expect(await storage.exists(k)).toBe(false);
    expect(await storage.get(k)).toBeNull();
    expect(await keys(storage)).not.toContain(k);
  });

  it('lists every object with its size', async () => {
    const before = await keys(storage);
    const made = [key(), key(), key()];
    for (const [i, k] of made.entries()) {
      await storage.put(k, Readable.from([bytes(10 + i)]), { byteSize: 10 + i, contentType: 'application/zip' });
    }
    const listed: { key: string; byteSize: number; modifiedAt: Date }[] = [];
    for await (const o of storage.list()) listed.push(o);
    expect(listed.map((o) => o.key).sort()).toEqual([...before, ...made].sort());
    for (const [i, k] of made.entries()) {
      const o = listed.find((x) => x.key === k)!;
      expect(o.byteSize).toBe(10 + i);
      expect(Math.abs(o.modifiedAt.getTime() - Date.now())).toBeLessThan(120_000);
    }
  });

  it('overwrites a key whole', async () => {
    const k = key();
    await storage.put(k, Readable.from([bytes(500, 1)]), { byteSize: 500, contentType: 'application/pdf' });
    await storage.put(k, Readable.from([bytes(200, 2)]), { byteSize: 200, contentType: 'application/pdf' });
    expect(sha((await read(await storage.get(k)))!)).toBe(sha(bytes(200, 2)));
  });

  it('refuses keys that are not ours (paths, ..)', async () => {
    for (const bad of ['../etc/passwd', 'ab/../../x', '/abs', 'ab/not-a-uuid', '']) {
      await expect(storage.get(bad)).rejects.toThrow(/Invalid storage key/);
      await expect(storage.exists(bad)).rejects.toThrow(/Invalid storage key/);
      await expect(
        storage.put(bad, Readable.from([Buffer.from('x')]), { byteSize: 1, contentType: 'text/csv' }),
      ).rejects.toThrow(/Invalid storage key/);
      await expect(storage.delete(bad)).rejects.toThrow(/Invalid storage key/);
    }
  });

  it('keeps concurrent puts apart', async () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ k: key(), data: bytes(20_000 + i * 1000, i) }));
    await Promise.all(
      items.map(({ k, data }) =>
        storage.put(k, Readable.from([data]), { byteSize: data.length, contentType: 'application/zip' }),
      ),
    );
    for (const { k, data } of items) expect(sha((await read(await storage.get(k)))!)).toBe(sha(data));
  });
});

describe('LocalFileStorage specifics', () => {
  it('leaves nothing behind when a put stream fails midway', async () => {
    const root = path.join(scratch, 'fail', 'files');
    const staging = path.join(scratch, 'fail', 'staging');
    const storage = new LocalFileStorage(root, staging);
    const k = key();
    const broken = new Readable({
      read() {
        this.push(bytes(1000));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put(k, broken, { byteSize: 5000, contentType: 'application/pdf' })).rejects.toThrow();
    expect(await storage.exists(k)).toBe(false);
    expect(await fs.readdir(staging)).toEqual([]);
    expect(await keys(storage)).toEqual([]);
  });

  it('refuses a put whose length differs from the declared size', async () => {
    const storage = new LocalFileStorage(path.join(scratch, 'size', 'files'), path.join(scratch, 'size', 'staging'));
    const k = key();
    await expect(
      storage.put(k, Readable.from([bytes(10)]), { byteSize: 11, contentType: 'application/pdf' }),
    ).rejects.toThrow(/Expected 11 bytes/);
    expect(await storage.exists(k)).toBe(false);
  });
});
