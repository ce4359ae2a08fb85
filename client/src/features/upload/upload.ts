/** What POST /api/files answers with 201. */
export interface UploadedFile {
  id: string;
  filename: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  url: string;
}

/** A refused or failed upload: HTTP status (0 = no answer), the API's error code and message. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error's other extensions, e.g. `maxBytes` of a 413. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * Uploads one file to a release with XMLHttpRequest, whose upload progress events fetch() does not
 * offer. Sends the session cookie (same origin) and the header the server requires of cookie
 * requests against cross-site forms (CSRF). `onProgress` gets 0..1.
 */
export function uploadFile(
  releaseId: string,
  file: File,
  onProgress: (fraction: number) => void,
  { url = '/api/files', xhr = new XMLHttpRequest() }: { url?: string; xhr?: XMLHttpRequest } = {},
): { done: Promise<UploadedFile>; abort: () => void } {
  const done = new Promise<UploadedFile>((resolve, reject) => {
    xhr.open('POST', `${url}?release=${encodeURIComponent(releaseId)}`);
    xhr.setRequestHeader('x-kuntagraph-upload', '1');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201 && body && typeof body === 'object') {
        onProgress(1);
        resolve(body as UploadedFile);
        return;
      }
      const first = (body as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined)
        ?.errors?.[0];
      const ext = first?.extensions ?? {};
      const code = typeof ext.code === 'string' ? ext.code : `HTTP_${xhr.status}`;
      reject(new UploadError(xhr.status, code, first?.message ?? xhr.statusText, ext));
    };
    xhr.onerror = () => reject(new UploadError(0, 'NETWORK', 'network error'));
    xhr.onabort = () => reject(new UploadError(0, 'ABORTED', 'aborted'));
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}

/**
 * The 400 answers of POST /api/files that say what was wrong (server/src/modules/file/receive.ts and
 * upload.service.ts). They share the code BAD_REQUEST, so the message tells them apart.
 */
const BAD_REQUEST_KEYS: [RegExp, string][] = [
  [/^The file is empty\.$/, 'upload.error.empty'],
  [/^(The upload was cut off|The client aborted the upload)\.$/, 'upload.error.network'],
];

/** The localised explanation of a failed upload, by HTTP status first (413, 415), then code. */
export function uploadErrorKey(err: unknown): string {
  if (!(err instanceof UploadError)) return 'upload.error.other';
  if (err.status === 400) {
    const known = BAD_REQUEST_KEYS.find(([message]) => message.test(err.message));
    if (known) return known[1];
  }
  if (err.status === 409) return 'upload.error.duplicate';
  if (err.status === 413) return 'upload.error.tooLarge';
  if (err.status === 415) return 'upload.error.refusedType';
  if (err.status === 401) return 'upload.error.unauthenticated';
  if (err.status === 403) return 'upload.error.forbidden';
  if (err.status === 404) return 'upload.error.notFound';
  if (err.status === 0 && err.code === 'ABORTED') return 'upload.error.aborted';
  if (err.status === 0) return 'upload.error.network';
  if (err.status === 503) return 'upload.error.unavailable';
  return 'upload.error.other';
}

/**
 * Deletes a file of a release: `DELETE /api/files/:id` (204), with the session cookie and the header
 * the server requires of cookie requests. Rejects with an UploadError as uploads do.
 */
export async function deleteFile(
  fileId: string,
  { url = '/api/files', fetchImpl = fetch }: { url?: string; fetchImpl?: typeof fetch } = {},
): Promise<void> {
  let res: Response;
  try {
    res = await fetchImpl(`${url}/${encodeURIComponent(fileId)}`, {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { 'x-kuntagraph-upload': '1' },
    });
  } catch {
    throw new UploadError(0, 'NETWORK', 'network error');
  }
  if (res.status === 204 || res.ok) return;
  let first: { message?: string; extensions?: Record<string, unknown> } | undefined;
  try {
    first = ((await res.json()) as { errors?: (typeof first)[] }).errors?.[0];
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  const ext = first?.extensions ?? {};
  throw new UploadError(
    res.status,
    typeof ext.code === 'string' ? ext.code : `HTTP_${res.status}`,
    first?.message ?? res.statusText,
    ext,
  );
}

/** The localised explanation of a failed delete. */
export function deleteErrorKey(err: unknown): string {
  if (!(err instanceof UploadError)) return 'upload.deleteError.other';
  if (err.status === 401) return 'upload.deleteError.unauthenticated';
  if (err.status === 403) return 'upload.deleteError.forbidden';
  if (err.status === 404) return 'upload.deleteError.notFound';
  if (err.status === 0) return 'upload.deleteError.network';
  return 'upload.deleteError.other';
}
