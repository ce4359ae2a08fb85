import type { S3Client } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { S3Config } from '../../config.js';
import { lazyImport } from '../../lazy-import.js';
import { assertStorageKey, isStorageKey, type FileStorage, type PutOptions, type StoredObject } from './storage.js';

type S3Sdk = typeof import('@aws-sdk/client-s3');

/** The AWS SDK (~25 MiB), loaded when an S3 store is first used. */
const loadSdk = lazyImport(() => import('@aws-sdk/client-s3'));

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage ...), for several API
 * instances behind a load balancer. A PUT is atomic on S3, so no staging is needed there.
 */
export class S3FileStorage implements FileStorage {
  readonly kind = 's3' as const;
  readonly bucket: string;
  /** The client, made on first use (the SDK is only loaded when S3 storage is used). */
  private connecting: Promise<{ sdk: S3Sdk; client: S3Client }> | undefined;
  private client: S3Client | undefined;

  constructor(private readonly config: S3Config) {
    this.bucket = config.bucket;
  }

  private connect(): Promise<{ sdk: S3Sdk; client: S3Client }> {
    this.connecting ??= loadSdk().then(
      (sdk) => {
        const { config } = this;
        this.client = new sdk.S3Client({
          endpoint: config.endpoint,
          region: config.region,
          forcePathStyle: config.forcePathStyle,
          credentials:
            config.accessKeyId && config.secretAccessKey
              ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
              : undefined,
          // Many S3-compatible servers do not understand the SDK's streaming trailer checksums;
          // integrity is ours anyway (sha256 of every file is in its row).
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        });
        return { sdk, client: this.client };
      },
      (err: unknown) => {
        this.connecting = undefined;
        throw err;
      },
    );
    return this.connecting;
  }

  async put(key: string, body: Readable, options: PutOptions): Promise<void> {
    assertStorageKey(key);
    const { sdk, client } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: options.byteSize,
        ContentType: options.contentType,
      }),
    );
  }

  async putFile(key: string, sourcePath: string, options: PutOptions): Promise<void> {
    try {
      await this.put(key, createReadStream(sourcePath), options);
    } finally {
      await fs.rm(sourcePath, { force: true });
    }
  }

  async get(key: string): Promise<Readable | null> {
    assertStorageKey(key);
    const { sdk, client } = await this.connect();
    try {
      const out = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body as Readable;
    } catch (err) {
      if (isMissing(sdk, err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    const { sdk, client } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertStorageKey(key);
    const { sdk, client } = await this.connect();
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (err) {
      if (isMissing(sdk, err)) return false;
      throw err;
    }
  }

  async *list(): AsyncIterable<StoredObject> {
    const { sdk, client } = await this.connect();
    let token: string | undefined;
    do {
      const page = await client.send(
        new sdk.ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token, MaxKeys: 1000 }),
      );
      for (const o of page.Contents ?? []) {
        if (o.Key && isStorageKey(o.Key)) {
          yield { key: o.Key, byteSize: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date(0) };
        }
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Closes the client's sockets (once it is made, when close comes while the SDK loads). */
  close(): void {
    if (this.client) this.client.destroy();
    else
      void this.connecting?.then(
        ({ client }) => client.destroy(),
        () => undefined,
      );
  }
}

function isMissing(sdk: S3Sdk, err: unknown): boolean {
  return (
    err instanceof sdk.S3ServiceException &&
    (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404)
  );
}
