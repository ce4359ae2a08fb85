import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Logger } from '../../logger.js';
import { actorOf, audit } from '../audit/audit.js';
import { authorize } from '../auth/auth.policy.js';
import { mayEditFiles } from './file.policy.js';
import type { Viewer } from '../auth/auth.viewer.js';
import { Release } from '../deliverable/release.entity.js';
import { StoredFile } from '../deliverable/file.entity.js';
import { FileRequestError } from './file.errors.js';
import { fileWithFacts } from './file.queries.js';
import { sanitizeFilename } from './filename.js';
import type { ReceivedFile } from './receive.js';
import { sniffFile } from './sniff.js';
import { newStorageKey, type FileStorage } from './storage.js';
import { dataChanged } from '../../graphql/response-cache/generation.js';

/** The answer to an upload (and the shape of a File node's scalar fields). */
export interface UploadedFile {
  id: string;
  filename: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  url: string;
}

/** The download path of a file (the same as the GraphQL `File.downloadUrl`). */
export function downloadPath(fileId: string): string {
  return `/api/files/${fileId}`;
}

/**
 * Accepts a received file for a release the viewer may edit (checked by the caller before the
 * body was read): sniffs its type against the allow-list (415 otherwise), names it safely,
 * moves it into the store under a random key, and only then writes the row and its audit entry
 * in one transaction. A failure at any step leaves neither temp file, object nor row behind.
 */
export async function acceptUpload(
  em: EntityManager,
  storage: FileStorage,
  viewer: Viewer,
  releaseId: string,
  received: ReceivedFile,
): Promise<UploadedFile> {
  let key: string | undefined;
  try {
    if (received.byteSize === 0) throw new FileRequestError(400, 'BAD_REQUEST', 'The file is empty.');
    const type = await sniffFile(received.tempPath, {
      filename: received.claimedName,
      mediaType: received.claimedType,
    });
    if (!type) {
      throw new FileRequestError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'The file type is not accepted: upload a PDF, ZIP, DOCX, XLSX, ODS, ODT, PNG, JPEG or CSV file.',
      );
    }
    // The same bytes twice in one release help no reader (a double drop, a retry after a lost answer).
    const [twin] = await em
      .getConnection()
      .execute<{ id: string; filename: string }[]>(
        `select id, filename from file where release_id = ? and sha256 = ? limit 1`,
        [releaseId, received.sha256],
        'all',
      );
    if (twin) {
      throw new FileRequestError(409, 'CONFLICT', `This release already has this file, as "${twin.filename}".`, {
        url: downloadPath(twin.id),
      });
    }
    const file = new StoredFile();
    file.filename = sanitizeFilename(received.claimedName, type.extensions);
    file.mediaType = type.mediaType;
    file.byteSize = String(received.byteSize);
    file.sha256 = received.sha256;
    file.storageKey = key = newStorageKey(randomUUID());
    file.uploadedBy = viewer.userId;
    await storage.putFile(key, received.tempPath, { byteSize: received.byteSize, contentType: type.mediaType });
    await em.transactional(async (tx) => {
      file.release = tx.getReference(Release, releaseId);
      tx.persist(file);
      audit(tx, actorOf(viewer), {
        action: 'file.upload',
        nodeType: 'File',
        nodeId: file.id,
        after: {
          releaseId,
          filename: file.filename,
          mediaType: file.mediaType,
          byteSize: received.byteSize,
          sha256: file.sha256,
          storageKey: key,
        },
      });
    });
    dataChanged();
    return {
      id: toGlobalId('File', file.id),
      filename: file.filename,
      mediaType: file.mediaType,
      byteSize: received.byteSize,
      sha256: file.sha256,
      url: downloadPath(file.id),
    };
  } catch (err) {
    await fs.rm(received.tempPath, { force: true });
    if (key) await storage.delete(key).catch(() => undefined);
    throw err;
  }
}

/**
 * Deletes a file the viewer may edit: row + audit entry in one transaction, then the object
 * (if that fails, the object is an orphan for the start-up sweep, never a row without a file).
 */
export async function deleteFile(
  em: EntityManager,
  storage: FileStorage,
  viewer: Viewer,
  fileId: string,
  log: Logger,
): Promise<void> {
  const row = await fileWithFacts(em, fileId);
  if (!row) throw notFound();
  authorize(mayEditFiles(viewer, row.facts), 'Only editors of the release may delete its files.');
  await em.transactional(async (tx) => {
    const deleted = await tx.nativeDelete(StoredFile, { id: fileId });
    if (deleted === 0) throw notFound();
    audit(tx, actorOf(viewer), {
      action: 'file.delete',
      nodeType: 'File',
      nodeId: fileId,
      before: {
        releaseId: row.releaseId,
        filename: row.filename,
        mediaType: row.mediaType,
        byteSize: row.byteSize,
        sha256: row.sha256,
        storageKey: row.storageKey,
      },
    });
  });
  dataChanged();
  await storage.delete(row.storageKey).catch((err) => {
    log.warn({ err, storageKey: row.storageKey }, 'file object not deleted; the orphan sweep will remove it');
  });
}

export function notFound(): FileRequestError {
  return new FileRequestError(404, 'NOT_FOUND', 'No file found for this id.');
}
