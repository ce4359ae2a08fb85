import type { Readable } from 'node:stream';

/** One stored object as listed by a storage. */
export interface StoredObject {
  key: string;
  byteSize: number;
  modifiedAt: Date;
}

export interface PutOptions {
  /** Exact length of the body in bytes (S3 needs it up front). */
  byteSize: number;
  contentType: string;
}

/**
 * Where the bytes of uploaded files live, addressed by an opaque key (`ab/<uuid>`). The rows in
 * `file` are the index; a storage knows nothing about them. Implementations: a local directory
 * (default) and S3-compatible object storage (scale-out); both pass the same test suite.
 */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  /** Stores a stream under key; the object appears whole or not at all. */
  put(key: string, body: Readable, options: PutOptions): Promise<void>;
  /**
   * Moves a complete local file (already fsynced) into the store under key; the source is gone
   * afterwards, whether the call succeeds or fails.
   */
  putFile(key: string, sourcePath: string, options: PutOptions): Promise<void>;
  /** The object's bytes, or null when there is no such key. */
  get(key: string): Promise<Readable | null>;
  /** Removes the object; a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every object in the store. */
  list(): AsyncIterable<StoredObject>;
  /** Releases connections, if the storage holds any. */
  close?(): void;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fresh random storage key, sharded by its first two hex digits: `ab/ab12...-...`. */
export function newStorageKey(uuid: string): string {
  return `${uuid.slice(0, 2)}/${uuid}`;
}

/** Keys are always ours; anything else (paths, `..`) is refused before touching a disk or bucket. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

const LISTED = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.partial)?$/;

/**
 * Whether a listed name is ours: a key, or the `.partial` copy a crash can leave behind (the
 * orphan sweep deletes both; anything else in the store is left alone).
 */
export function isStorageKey(key: string): boolean {
  return LISTED.test(key);
}
