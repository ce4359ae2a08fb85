import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileRequestError } from './file.errors.js';

/** A file received into a temp file: counted and hashed on the way, fsynced, not yet checked. */
export interface ReceivedFile {
  tempPath: string;
  byteSize: number;
  sha256: string;
  /** As the client sent them (untrusted). */
  claimedName: string;
  claimedType: string;
}

/** Room for multipart boundaries and part headers on top of the file itself. */
export const MULTIPART_OVERHEAD = 64 * 1024;

export function tooLarge(maxBytes: number): FileRequestError {
  return new FileRequestError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${maxBytes} bytes.`, {
    maxBytes,
  });
}

/**
 * Streams the one file of a `multipart/form-data` request into a new file in tempDir, computing
 * its sha256 and size on the way (nothing is buffered whole). At most maxBytes are accepted: one
 * byte more, or a body larger than the file plus multipart overhead, fails with 413 at once. On
 * any failure the temp file is gone before the promise rejects.
 */
export async function receiveFile(
  req: IncomingMessage,
  { maxBytes, tempDir }: { maxBytes: number; tempDir: string },
): Promise<ReceivedFile> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      // busboy reports `limit` when the file reaches fileSize, so one more than we accept.
      limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 1024, parts: 11, headerPairs: 20 },
    });
  } catch (err) {
    throw new FileRequestError(400, 'BAD_REQUEST', `Expected a multipart/form-data body: ${(err as Error).message}.`);
  }
  await fs.mkdir(tempDir, { recursive: true });
  const tempPath = path.join(tempDir, `${randomUUID()}.upload`);

  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    let fileStream: Readable | undefined;
    let writing: Promise<{ byteSize: number; sha256: string }> | undefined;
    let claimed = { name: '', type: '' };
    let bodyBytes = 0;

    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.off('data', countBody);
      // With an error: a plain destroy after busboy has ended the part leaves pipeline() waiting.
      fileStream?.destroy(error);
      void (async () => {
        await writing?.catch(() => undefined);
        await fs.rm(tempPath, { force: true });
        reject(error);
      })();
    };
    const countBody = (chunk: Buffer) => {
      bodyBytes += chunk.length;
      if (bodyBytes > maxBytes + MULTIPART_OVERHEAD) fail(tooLarge(maxBytes));
    };

    parser.on('file', (_field, stream, info) => {
      if (writing || settled) {
        stream.resume();
        return;
      }
      fileStream = stream;
      claimed = { name: info.filename ?? '', type: info.mimeType ?? '' };
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      writing = writeHashed(stream, tempPath);
      // A system error (disk full ...) is ours; anything else means the body ended early.
      writing.catch((err: NodeJS.ErrnoException) =>
        fail(err.syscall ? err : new FileRequestError(400, 'BAD_REQUEST', 'The upload was cut off.')),
      );
    });
    parser.on('filesLimit', () => fail(new FileRequestError(400, 'BAD_REQUEST', 'Send exactly one file per request.')));
    parser.on('partsLimit', () => fail(new FileRequestError(400, 'BAD_REQUEST', 'Too many form parts.')));
    parser.on('fieldsLimit', () => fail(new FileRequestError(400, 'BAD_REQUEST', 'Too many form fields.')));
    parser.on('error', (err: Error) =>
      fail(new FileRequestError(400, 'BAD_REQUEST', `Malformed multipart body: ${err.message}.`)),
    );
    parser.on('close', () => {
      if (settled) return;
      if (!writing) {
        fail(new FileRequestError(400, 'BAD_REQUEST', 'The request has no file part.'));
        return;
      }
      writing.then(
        ({ byteSize, sha256 }) => {
          if (settled) return;
          if (byteSize > maxBytes) return fail(tooLarge(maxBytes));
          settled = true;
          req.off('data', countBody);
          resolve({ tempPath, byteSize, sha256, claimedName: claimed.name, claimedType: claimed.type });
        },
        () => undefined,
      );
    });
    req.on('aborted', () => fail(new FileRequestError(400, 'BAD_REQUEST', 'The client aborted the upload.')));
    req.on('error', (err) => fail(new FileRequestError(400, 'BAD_REQUEST', `The upload failed: ${err.message}.`)));
    req.on('data', countBody);
    req.pipe(parser);
  });
}

/** Writes a stream to a new file, counting and hashing it, and fsyncs before closing. */
async function writeHashed(stream: Readable, file: string): Promise<{ byteSize: number; sha256: string }> {
  const hash = createHash('sha256');
  let byteSize = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      byteSize += chunk.length;
      done(null, chunk);
    },
  });
  // The file is created before any byte flows, so when this settles (written or failed) the file
  // exists and the caller's clean-up removes it: a stream opening its file itself could still
  // create it after a failed upload had been cleaned up. flush: fsync before the descriptor closes.
  // Until the pipeline takes the part over, its error (the upload failing meanwhile) is reported
  // by the pipeline, not thrown as an unhandled 'error' event.
  stream.on('error', () => undefined);
  const handle = await fs.open(file, 'wx', 0o600);
  await pipeline(stream, tap, handle.createWriteStream({ flush: true }));
  return { byteSize, sha256: hash.digest('hex') };
}
