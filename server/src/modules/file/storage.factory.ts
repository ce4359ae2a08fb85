import path from 'node:path';
import type { Config } from '../../config.js';
import type { FileStorage } from './storage.js';
import { LocalFileStorage } from './storage.local.js';
import { S3FileStorage } from './storage.s3.js';

/** Where uploads are streamed before they are checked: local disk, one directory per instance. */
export function uploadTempDir(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'tmp', 'uploads');
}

/** The storage chosen by FILE_STORAGE: `dataDir/files` by default, or the S3 bucket. */
export function createFileStorage(config: Pick<Config, 'dataDir' | 'fileStorage' | 's3'>): FileStorage {
  if (config.fileStorage === 's3') {
    if (!config.s3) throw new Error('FILE_STORAGE=s3 needs the S3_* settings.');
    return new S3FileStorage(config.s3);
  }
  return new LocalFileStorage(path.join(config.dataDir, 'files'), uploadTempDir(config));
}
