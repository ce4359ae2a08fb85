import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { contentDisposition, MAX_FILENAME_LENGTH, sanitizeFilename } from '../src/modules/file/filename.js';
import { createFileStorage, uploadTempDir } from '../src/modules/file/storage.factory.js';
import { newStorageKey, type FileStorage } from '../src/modules/file/storage.js';
import { sweepFileStore, sweepOrphans } from '../src/modules/file/sweep.js';
import S3rver from 's3rver';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createProjects } from './factories.js';

const LIMIT = 64 * 1024;

let db: TestDatabase;
let app: App;
let server: Server;
let base: string;
let config: Config;
let storage: FileStorage;
let dataDir: string;

/** A release of a deliverable of the lead's project, and one of another project. */
let release: string;
let otherRelease: string;
/** Cookies of a project LEAD, of an outsider, and of an admin. */
let lead: string;
let outsider: string;
let admin: string;
/** API keys of an organisation taking part in the project (READ, WRITE) and of one that does not. */
let readKey: string;
let writeKey: string;
let foreignWriteKey: string;

const sql = <T = any>(text: string, params: unknown[] = []) =>
  db.orm.em.getConnection().execute<T[]>(text, params, 'all');

beforeAll(async () => {
  db = await createTestDatabase('files');
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-files-'));
  const clientDist = mkdtempSync(path.join(os.tmpdir(), 'kg-client-'));
  writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><title>Kuntagraph</title>');
  config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, UPLOAD_MAX_BYTES: String(LIMIT) }),
    clientDist,
  };
  storage = createFileStorage(config);
  app = await createApp(config, db.orm, createLogger('silent'));
  server = createAppServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const [project, otherProject] = await createProjects(db.orm.em.fork(), 2, 3);
  release = await makeRelease(project);
  otherRelease = await makeRelease(otherProject);

  const leadUser = await signUp('Hankkeen Vetäjä');
  lead = leadUser.cookie;
  await sql(`insert into membership (id, user_id, project_id, role) values (?, ?, ?, 'LEAD')`, [
    randomUUID(),
    leadUser.uuid,
    project,
  ]);
  outsider = (await signUp('Ulkopuolinen')).cookie;
  const adminUser = await signUp('Ylläpitäjä');
  await sql(`update app_user set is_admin = true where id = ?`, [adminUser.uuid]);
  admin = adminUser.cookie;

  const [{ organisation_id: participant }] = await sql(
    `select organisation_id from participation where project_id = ? order by organisation_id limit 1`,
    [project],
  );
  const [{ id: stranger }] = await sql(
    `select id from organisation where kind = 'MUNICIPALITY' and id not in
       (select organisation_id from participation where project_id = ?) order by id limit 1`,
    [project],
  );
  readKey = await apiKey(participant, ['READ']);
  writeKey = await apiKey(participant, ['READ', 'WRITE']);
  foreignWriteKey = await apiKey(stranger, ['WRITE']);
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await app?.close();
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function makeRelease(projectId: string): Promise<string> {
  const [{ deliverable_id }] = await sql(
    `select deliverable_id from deliverable_project where project_id = ? order by deliverable_id limit 1`,
    [projectId],
  );
  const id = randomUUID();
  await sql(`insert into release (id, deliverable_id, version) values (?, ?, '1.0.0')`, [id, deliverable_id]);
  return toGlobalId('Release', id);
}

async function graphql(query: string, variables: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { res, body: (await res.json()) as any };
}

async function signUp(name: string): Promise<{ cookie: string; uuid: string }> {
  const { res, body } = await graphql(
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          id
        }
      }
    `,
    {
      input: { email: `files-${randomUUID().slice(0, 8)}@example.fi`, password: 'correct horse battery', name },
    },
  );
  expect(body.errors).toBeUndefined();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('kg_session='))!;
  return { cookie, uuid: Buffer.from(body.data.signUp.id, 'base64url').toString().split(':')[1] };
}

/** A key of an organisation, created by a fresh member of it over GraphQL. */
async function apiKey(organisationUuid: string, scopes: string[]): Promise<string> {
  // An ADMIN of the organisation: only they may make a WRITE key.
  const member = await signUp('Avaimen Tekijä');
  await sql(`insert into membership (id, user_id, organisation_id, role) values (?, ?, ?, 'ADMIN')`, [
    randomUUID(),
    member.uuid,
    organisationUuid,
  ]);
  const { body } = await graphql(
    `
      mutation ($input: CreateApiKeyInput!) {
        createApiKey(input: $input) {
          key
        }
      }
    `,
    { input: { organisation: toGlobalId('Organisation', organisationUuid), name: 'uploader', scopes } },
    member.cookie,
  );
  expect(body.errors).toBeUndefined();
  return body.data.createApiKey.key;
}

// ---------------------------------------------------------------- file fixtures

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A PDF of exactly `size` bytes (header, a comment as padding, trailer). */
function pdf(size = 2000): Buffer {
  const head = Buffer.from('%PDF-1.4\n%');
  const tail = Buffer.from('\n%%EOF\n');
  // Random filler: every call's bytes differ (a release refuses the same bytes twice).
  const fill = Buffer.from(
    randomBytes(size)
      .toString('base64')
      .slice(0, size - head.length - tail.length),
  );
  return Buffer.concat([head, fill, tail]);
}

/** A real ZIP archive with stored (uncompressed) entries. */
function zip(entries: [string, string | Buffer][]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    parts.push(local, nameBuf, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBuf.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/x.xml" ContentType="${main}.main+xml"/></Types>`;
const DOCX = zip([
  ['[Content_Types].xml', contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
  ['word/document.xml', '<w:document/>'],
]);
const XLSX = zip([
  ['[Content_Types].xml', contentTypes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
  ['xl/workbook.xml', '<workbook/>'],
]);
const ODT = zip([
  ['mimetype', 'application/vnd.oasis.opendocument.text'],
  ['content.xml', '<office:document-content/>'],
]);
const ODS = zip([
  ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
  ['content.xml', '<office:document-content/>'],
]);
const PLAIN_ZIP = zip([
  ['README.txt', 'Kuntagraph'],
  ['data/a.csv', 'a,b\n1,2\n'],
]);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(200, 0),
  Buffer.from([0xff, 0xd9]),
]);
/** A Windows executable's header (MZ ... PE). */
const EXE = (() => {
  const b = Buffer.alloc(1024, 0);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
})();

// ---------------------------------------------------------------- HTTP helpers

interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json: any;
}

function multipart(files: { name: string; data: Buffer; type?: string }[], boundary = `kg${randomUUID()}`) {
  const chunks: Buffer[] = [];
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\n` +
          `Content-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * Sends a raw request over node:http, so that an answer given before the body is read is seen
 * (and a chunked body without Content-Length can be sent).
 */
function send(
  method: string,
  url: string,
  opts: { headers?: Record<string, string>; body?: Buffer; chunked?: boolean; declaredLength?: number } = {},
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.body && !opts.chunked) headers['content-length'] = String(opts.declaredLength ?? opts.body.length);
    // A connection of its own: a refused body must not leak into the next test's request.
    const req = request(`${base}${url}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        let json: any = undefined;
        if (/json/.test(String(res.headers['content-type']))) json = JSON.parse(body.toString('utf8'));
        resolve({ status: res.statusCode!, headers: res.headers, body, json });
      });
    });
    // The server may answer and stop reading early; the write side failing then is expected.
    req.on('error', (err) => setTimeout(() => reject(err), 200));
    if (!opts.body) return void req.end();
    if (opts.chunked) {
      const body = opts.body;
      Readable.from(
        (function* () {
          for (let i = 0; i < body.length; i += 4096) yield body.subarray(i, i + 4096);
        })(),
      ).pipe(req);
    } else {
      req.end(opts.body);
    }
  });
}

type Who = 'anonymous' | 'lead' | 'outsider' | 'admin' | 'readKey' | 'writeKey' | 'foreignWriteKey';
function auth(who: Who, csrf = true): Record<string, string> {
  const h: Record<string, string> = {};
  const cookie = { lead, outsider, admin }[who as 'lead'];
  if (cookie) {
    h.cookie = cookie;
    if (csrf) h['x-kuntagraph-upload'] = '1';
  }
  const key = { readKey, writeKey, foreignWriteKey }[who as 'readKey'];
  if (key) h.authorization = `Bearer ${key}`;
  return h;
}

function upload(
  file: { name: string; data: Buffer; type?: string },
  opts: {
    who?: Who;
    csrf?: boolean;
    release?: string | null;
    chunked?: boolean;
    headers?: Record<string, string>;
  } = {},
) {
  const { body, contentType } = multipart([file]);
  const r = opts.release === undefined ? release : opts.release;
  return send('POST', `/api/files${r === null ? '' : `?release=${encodeURIComponent(r)}`}`, {
    headers: { 'content-type': contentType, ...auth(opts.who ?? 'lead', opts.csrf), ...opts.headers },
    body,
    chunked: opts.chunked,
  });
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** Rows, audit entries, stored objects and temp files: what a refused request must not change. */
async function state() {
  const [row] = await sql(
    `select (select count(*)::int from file) as files, (select count(*)::int from audit_event) as audits`,
  );
  return {
    files: row.files as number,
    audits: row.audits as number,
    stored: listFiles(path.join(dataDir, 'files')).length,
    temp: listFiles(uploadTempDir(config)).length,
  };
}

/** Runs a request that must be refused and checks that nothing at all was written. */
async function refused(run: () => Promise<Sent>, status: number, code: string): Promise<Sent> {
  const before = await state();
  const res = await run();
  expect({ status: res.status, code: res.json?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expect(await state()).toEqual(before);
  expect(before.temp).toBe(0);
  return res;
}

// ---------------------------------------------------------------- tests

describe('sanitizeFilename', () => {
  it.each([
    ['Tilinpäätös_ÅÄÖ.pdf', 'Tilinpäätös_ÅÄÖ.pdf'],
    ['Tilinpa\u0308a\u0308to\u0308s.pdf', 'Tilinpäätös.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['..\\..\\Windows\\system32\\cmd.exe', 'cmd.pdf'],
    ['C:\\Users\\maija\\Raportti 2024.PDF', 'Raportti 2024.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.pdf'],
    ['bi\u2066di\u2069\u200B.pdf', 'bidi.pdf'],
    ['tab\there\r\nand\u0000nul\u0007.pdf', 'tabhereandnul.pdf'],
    ['  lots   of   space  .pdf', 'lots of space.pdf'],
    ['.hidden.pdf', 'hidden.pdf'],
    ['...', 'file.pdf'],
    ['', 'file.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['report.exe', 'report.pdf'],
    ['Pöytäkirja 1.2.2024 v2.pdf', 'Pöytäkirja 1.2.2024 v2.pdf'],
    ['no-extension', 'no-extension.pdf'],
    ['Kuva.JPEG', 'Kuva.jpeg'],
  ])('%j -> %j', (raw, expected) => {
    const exts = /jpe?g/i.test(raw) ? ['jpg', 'jpeg'] : ['pdf'];
    expect(sanitizeFilename(raw, exts)).toBe(expected);
  });

  it('caps the length without splitting a grapheme, and keeps the extension', () => {
    const name = sanitizeFilename(`${'ä'.repeat(300)}.pdf`, ['pdf']);
    expect([...name].length).toBe(MAX_FILENAME_LENGTH);
    expect(name.endsWith('ä.pdf')).toBe(true);
    // 115 + 2 code points do not fit in 116: the whole grapheme goes, not half of it.
    const x = 'x'.repeat(MAX_FILENAME_LENGTH - 5);
    expect(sanitizeFilename(`${x}q\u0307.pdf`, ['pdf'])).toBe(`${x}.pdf`);
    expect(sanitizeFilename(`${x}🇫🇮.pdf`, ['pdf'])).toBe(`${x}.pdf`);
    expect(sanitizeFilename(`${x.slice(1)}🇫🇮.pdf`, ['pdf'])).toBe(`${x.slice(1)}🇫🇮.pdf`);
    expect(sanitizeFilename('x'.repeat(1000), ['docx']).endsWith('.docx')).toBe(true);
  });

  it('builds an ASCII fallback and an RFC 5987 filename*', () => {
    expect(contentDisposition('Tilinpäätös_ÅÄÖ.pdf')).toBe(
      `attachment; filename="Tilinpaatos_AAO.pdf"; filename*=UTF-8''Tilinp%C3%A4%C3%A4t%C3%B6s_%C3%85%C3%84%C3%96.pdf`,
    );
    expect(contentDisposition(`a "quoted" (1)'s;.pdf`)).toBe(
      `attachment; filename="a _quoted_ (1)'s_.pdf"; filename*=UTF-8''a%20%22quoted%22%20%281%29%27s%3B.pdf`,
    );
  });
});

describe('POST /api/files: accepted types', () => {
  it('stores a PDF of the lead: 201, row + audit in one go, object in the store, no temp file', async () => {
    const data = pdf(5000);
    const before = await state();
    const res = await upload({ name: 'Tilinpäätös_ÅÄÖ.pdf', data, type: 'application/pdf' });
    expect(res.status).toBe(201);
    const uuid = Buffer.from(res.json.id, 'base64url').toString().split(':')[1];
    expect(res.json).toEqual({
      id: toGlobalId('File', uuid),
      filename: 'Tilinpäätös_ÅÄÖ.pdf',
      mediaType: 'application/pdf',
      byteSize: 5000,
      sha256: sha256(data),
      url: `/api/files/${uuid}`,
    });
    expect(res.headers.location).toBe(`/api/files/${uuid}`);
    const [row] = await sql(`select * from file where id = ?`, [uuid]);
    expect(row).toMatchObject({
      filename: 'Tilinpäätös_ÅÄÖ.pdf',
      media_type: 'application/pdf',
      sha256: sha256(data),
      release_id: Buffer.from(release, 'base64url').toString().split(':')[1],
    });
    expect(Number(row.byte_size)).toBe(5000);
    expect(row.uploaded_by).not.toBeNull();
    expect(row.storage_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(row.storage_key).not.toContain(uuid);
    const audits = await sql(`select action, node_type, node_id, actor_user_id from audit_event where node_id = ?`, [
      uuid,
    ]);
    expect(audits).toEqual([
      { action: 'file.upload', node_type: 'File', node_id: uuid, actor_user_id: row.uploaded_by },
    ]);
    expect(await storage.exists(row.storage_key)).toBe(true);
    expect(await state()).toEqual({
      ...before,
      files: before.files + 1,
      audits: before.audits + 1,
      stored: before.stored + 1,
    });
  });

  it.each([
    ['arkisto.zip', PLAIN_ZIP, 'application/zip', 'arkisto.zip'],
    ['Muistio.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Muistio.docx'],
    ['Budjetti.xlsx', XLSX, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Budjetti.xlsx'],
    ['Pöytäkirja.odt', ODT, 'application/vnd.oasis.opendocument.text', 'Pöytäkirja.odt'],
    ['Taulukko.ods', ODS, 'application/vnd.oasis.opendocument.spreadsheet', 'Taulukko.ods'],
    ['kuva.png', PNG, 'image/png', 'kuva.png'],
    ['valokuva.JPG', JPEG, 'image/jpeg', 'valokuva.jpg'],
    // Other bytes than the rows above (the release refuses the same bytes twice).
    [
      'docx-named.zip',
      zip([
        [
          '[Content_Types].xml',
          contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
        ],
        ['word/document.xml', '<w:document><w:body/></w:document>'],
      ]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx-named.docx',
    ],
    ['zip-named.docx', zip([['README.txt', 'Kuntagraph, toinen']]), 'application/zip', 'zip-named.zip'],
    ['kunnat.csv', Buffer.from('\uFEFFkunta;asukkaita\nTurku;"200 000"\nÅbo;1\n'), 'text/csv', 'kunnat.csv'],
    ['tabs.csv', Buffer.from('a\tb\tc\n1\t2\t3\n'), 'text/csv', 'tabs.csv'],
  ])('%s is stored as %s', async (name, data, mediaType, filename) => {
    const res = await upload({ name, data });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ mediaType, filename, byteSize: data.length, sha256: sha256(data) });
  });

  it('answers the same with apollo-require-preflight as the CSRF header', async () => {
    const res = await upload(
      { name: 'a.pdf', data: pdf() },
      { csrf: false, headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(res.status).toBe(201);
  });
});

describe('POST /api/files: refused types (415, nothing stored)', () => {
  it.each([
    ['an EXE renamed .pdf', { name: 'lasku.pdf', data: EXE, type: 'application/pdf' }],
    ['an EXE', { name: 'setup.exe', data: EXE }],
    ['HTML named .pdf', { name: 'x.pdf', data: Buffer.from('<!doctype html><script>alert(1)</script>') }],
    ['plain text not claimed as CSV', { name: 'notes.txt', data: Buffer.from('hello\nworld\n') }],
    ['a CSV with ragged rows', { name: 'bad.csv', data: Buffer.from('a,b,c\n1,2\n') }],
    ['a CSV with an open quote', { name: 'bad.csv', data: Buffer.from('a,b\n"1,2\n') }],
    [
      'a CSV that is not UTF-8',
      { name: 'latin1.csv', data: Buffer.from('kunta;nimi\nTurku;P\xe4ij\xe4t\n', 'latin1') },
    ],
    ['binary claimed as CSV', { name: 'x.csv', data: Buffer.from([1, 2, 3, 0, 44, 10, 5, 6]), type: 'text/csv' }],
    ['a GIF', { name: 'x.png', data: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1') }],
    [
      'a macro-enabled Word file',
      {
        name: 'x.docx',
        data: zip([
          ['[Content_Types].xml', contentTypes('application/vnd.ms-word.document.macroEnabled')],
          ['word/document.xml', '<w:document/>'],
        ]),
      },
    ],
  ])('%s', async (_label, file) => {
    const res = await refused(() => upload(file), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(res.json.errors[0].message).toMatch(/not accepted/);
  });

  it('refuses an empty file with 400', async () => {
    await refused(() => upload({ name: 'empty.pdf', data: Buffer.alloc(0) }), 400, 'BAD_REQUEST');
  });
});

describe('POST /api/files: size limit', () => {
  it('accepts exactly the limit (Content-Length)', async () => {
    const res = await upload({ name: 'raja.pdf', data: pdf(LIMIT) });
    expect(res.status).toBe(201);
    expect(res.json.byteSize).toBe(LIMIT);
  });

  it('refuses the limit + 1 with 413 (Content-Length, streaming cap)', async () => {
    const res = await refused(() => upload({ name: 'yli.pdf', data: pdf(LIMIT + 1) }), 413, 'PAYLOAD_TOO_LARGE');
    expect(res.json.errors[0].extensions.maxBytes).toBe(LIMIT);
  });

  it('accepts exactly the limit sent chunked without Content-Length', async () => {
    const res = await upload({ name: 'raja.pdf', data: pdf(LIMIT) }, { chunked: true });
    expect(res.status).toBe(201);
    expect(res.json.byteSize).toBe(LIMIT);
  });

  it('refuses the limit + 1 sent chunked without Content-Length', async () => {
    await refused(() => upload({ name: 'yli.pdf', data: pdf(LIMIT + 1) }, { chunked: true }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses a much larger chunked body while it streams', async () => {
    await refused(() => upload({ name: 'iso.pdf', data: pdf(LIMIT * 8) }, { chunked: true }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 413 from the Content-Length alone, before reading the body', async () => {
    const { body, contentType } = multipart([{ name: 'iso.pdf', data: pdf(1000) }]);
    await refused(
      () =>
        send('POST', `/api/files?release=${release}`, {
          headers: { 'content-type': contentType, ...auth('lead') },
          body,
          declaredLength: LIMIT * 100,
        }).catch(
          // The server never reads the declared body; the client then gives up on its own.
          (err) => ({ status: 0, headers: {}, body: Buffer.alloc(0), json: { err: String(err) } }),
        ),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });
});

describe('POST /api/files: who may upload (checked before the body is read)', () => {
  it.each<[Who, number, string]>([
    ['anonymous', 401, 'UNAUTHENTICATED'],
    ['outsider', 403, 'FORBIDDEN'],
    ['readKey', 403, 'FORBIDDEN'],
    ['foreignWriteKey', 403, 'FORBIDDEN'],
  ])('%s is refused with %i', async (who, status, code) => {
    await refused(() => upload({ name: 'a.pdf', data: pdf() }, { who }), status, code);
  });

  it.each<Who>(['lead', 'admin', 'writeKey'])('%s may upload', async (who) => {
    const res = await upload({ name: 'a.pdf', data: pdf() }, { who });
    expect(res.status).toBe(201);
  });

  it('a WRITE key uploads with no user (uploaded_by null) and is the audit actor', async () => {
    const res = await upload({ name: 'key.pdf', data: pdf(1234) }, { who: 'writeKey' });
    expect(res.status).toBe(201);
    const uuid = res.json.url.split('/').pop();
    const [row] = await sql(
      `select f.uploaded_by, a.actor_user_id, a.actor_api_key_id from file f join audit_event a on a.node_id = f.id where f.id = ?`,
      [uuid],
    );
    expect(row.uploaded_by).toBeNull();
    expect(row.actor_user_id).toBeNull();
    expect(row.actor_api_key_id).not.toBeNull();
  });

  it('the lead of one project may not upload to a release of another', async () => {
    await refused(() => upload({ name: 'a.pdf', data: pdf() }, { release: otherRelease }), 403, 'FORBIDDEN');
  });

  it('a cookie session without the CSRF header is refused', async () => {
    await refused(() => upload({ name: 'a.pdf', data: pdf() }, { csrf: false }), 400, 'CSRF_HEADER_REQUIRED');
  });

  it('an unknown, revoked or malformed API key is 401', async () => {
    await refused(
      () => upload({ name: 'a.pdf', data: pdf() }, { who: 'anonymous', headers: { authorization: 'Bearer nope' } }),
      401,
      'UNAUTHENTICATED',
    );
    await refused(
      () =>
        upload(
          { name: 'a.pdf', data: pdf() },
          { who: 'anonymous', headers: { authorization: `Bearer kg_abcdefgh_${'x'.repeat(40)}` } },
        ),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('a stale session cookie is 401', async () => {
    await refused(
      () =>
        upload(
          { name: 'a.pdf', data: pdf() },
          { who: 'anonymous', headers: { cookie: `kg_session=${'a'.repeat(43)}`, 'x-kuntagraph-upload': '1' } },
        ),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('an unknown release is 404, a malformed or missing one 400', async () => {
    await refused(
      () => upload({ name: 'a.pdf', data: pdf() }, { release: toGlobalId('Release', randomUUID()) }),
      404,
      'NOT_FOUND',
    );
    await refused(() => upload({ name: 'a.pdf', data: pdf() }, { release: 'not-an-id' }), 400, 'BAD_USER_INPUT');
    await refused(
      () => upload({ name: 'a.pdf', data: pdf() }, { release: toGlobalId('Project', randomUUID()) }),
      400,
      'BAD_USER_INPUT',
    );
    await refused(() => upload({ name: 'a.pdf', data: pdf() }, { release: null }), 400, 'BAD_USER_INPUT');
  });
});

describe('POST /api/files: malformed requests', () => {
  it('refuses two files in one request', async () => {
    const { body, contentType } = multipart([
      { name: 'a.pdf', data: pdf() },
      { name: 'b.pdf', data: pdf() },
    ]);
    await refused(
      () =>
        send('POST', `/api/files?release=${release}`, {
          headers: { 'content-type': contentType, ...auth('lead') },
          body,
        }),
      400,
      'BAD_REQUEST',
    );
  });

  it('refuses a body that is not multipart, and a multipart body without a file', async () => {
    await refused(
      () =>
        send('POST', `/api/files?release=${release}`, {
          headers: { 'content-type': 'application/pdf', ...auth('lead') },
          body: pdf(),
        }),
      400,
      'BAD_REQUEST',
    );
    const boundary = 'xyz';
    await refused(
      () =>
        send('POST', `/api/files?release=${release}`, {
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...auth('lead') },
          body: Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\nvalue\r\n--${boundary}--\r\n`,
          ),
        }),
      400,
      'BAD_REQUEST',
    );
  });

  it('refuses a body cut off in the middle and leaves no temp file', async () => {
    const { body, contentType } = multipart([{ name: 'a.pdf', data: pdf(20_000) }]);
    const before = await state();
    await new Promise<void>((resolve) => {
      const req = request(`${base}/api/files?release=${release}`, {
        method: 'POST',
        headers: { 'content-type': contentType, 'content-length': String(body.length), ...auth('lead') },
      });
      req.on('error', () => undefined);
      req.write(body.subarray(0, 10_000));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await state()).toEqual(before);
  });
});

describe('filenames through HTTP', () => {
  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['raportti\u202Efdp.exe', 'raporttifdp.pdf'],
    ['ohje\u2066\u200B\u2069.pdf', 'ohje.pdf'],
    ['Tilinpa\u0308a\u0308to\u0308s.pdf', 'Tilinpäätös.pdf'],
    [`${'pitkä'.repeat(100)}.pdf`, `${'pitkä'.repeat(100)}`.slice(0, MAX_FILENAME_LENGTH - 4) + '.pdf'],
  ])('%j is stored as %j', async (name, expected) => {
    const res = await upload({ name, data: pdf() });
    expect(res.status).toBe(201);
    expect(res.json.filename).toBe(expected);
    const [row] = await sql(`select filename from file where id = ?`, [res.json.url.split('/').pop()]);
    expect(row.filename).toBe(expected);
  });

  it('control characters sent RFC 5987-encoded (filename*) are removed too', async () => {
    const boundary = `kg${randomUUID()}`;
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''ohje%07%1B%7F%C3%A4%0D%0A.pdf\r\n` +
          `Content-Type: application/pdf\r\n\r\n`,
      ),
      pdf(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await send('POST', `/api/files?release=${release}`, {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...auth('lead') },
      body,
    });
    expect(res.status).toBe(201);
    expect(res.json.filename).toBe('ohjeä.pdf');
  });
});

describe('GET /api/files/:id', () => {
  it('downloads with attachment, filename*, nosniff, the sniffed type and a sha256 ETag', async () => {
    const data = pdf(3000);
    const up = await upload({ name: 'Tilinpäätös_ÅÄÖ.pdf', data, type: 'text/html' });
    for (const id of [up.json.url.split('/').pop(), up.json.id]) {
      const res = await send('GET', `/api/files/${id}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-length']).toBe('3000');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="Tilinpaatos_AAO.pdf"; filename*=UTF-8''Tilinp%C3%A4%C3%A4t%C3%B6s_%C3%85%C3%84%C3%96.pdf`,
      );
      expect(res.headers.etag).toBe(`"${sha256(data)}"`);
      expect(sha256(res.body)).toBe(sha256(data));
    }
    const again = await send('GET', up.json.url, { headers: { 'if-none-match': `"${sha256(data)}"` } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await send('HEAD', up.json.url);
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('3000');
  });

  it('serves CSV as text/csv in UTF-8, still as an attachment', async () => {
    const up = await upload({ name: 'data.csv', data: Buffer.from('a,b\n1,2\n') });
    const res = await send('GET', up.json.url);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; /);
  });

  it('matches the GraphQL File.downloadUrl', async () => {
    const up = await upload({ name: 'g.pdf', data: pdf() });
    const { body } = await graphql(
      `
        query ($id: ID!) {
          node(id: $id) {
            ... on File {
              filename
              downloadUrl
              sha256
            }
          }
        }
      `,
      {
        id: up.json.id,
      },
    );
    expect(body.data.node).toEqual({ filename: 'g.pdf', downloadUrl: up.json.url, sha256: up.json.sha256 });
  });

  it('answers other methods with 405 and Allow', async () => {
    const put = await send('PUT', `/api/files/${randomUUID()}`, { headers: auth('lead'), body: pdf() });
    expect([put.status, put.headers.allow, put.json.errors[0].extensions.code]).toEqual([
      405,
      'GET, HEAD, DELETE',
      'METHOD_NOT_ALLOWED',
    ]);
    const get = await send('GET', '/api/files');
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
  });

  it('refuses the same bytes twice in one release with 409 naming the first, and stores nothing', async () => {
    const data = pdf(3333);
    const first = await upload({ name: 'Tilinpäätös.pdf', data });
    expect(first.status).toBe(201);
    const before = await state();
    const again = await upload({ name: 'Tilinpäätös (2).pdf', data });
    expect([again.status, again.json.errors[0].extensions.code, again.json.errors[0].extensions.url]).toEqual([
      409,
      'CONFLICT',
      first.json.url,
    ]);
    expect(again.json.errors[0].message).toContain('Tilinpäätös.pdf');
    expect(await state()).toEqual(before);
  });

  it('answers 404 in JSON, and logs, when a listed file has lost its bytes', async () => {
    const up = await upload({ name: 'kadonnut.pdf', data: pdf() });
    const uuid = Buffer.from(up.json.id, 'base64url').toString().split(':')[1];
    const [{ key }] = await sql(`select storage_key as key from file where id = ?`, [uuid]);
    await storage.delete(key);
    const gone = await send('GET', up.json.url);
    expect([gone.status, gone.headers['content-type'], gone.json.errors[0].extensions.code]).toEqual([
      404,
      expect.stringMatching(/^application\/json/),
      'NOT_FOUND',
    ]);
    expect(gone.headers['content-disposition']).toBeUndefined();
    await sql(`delete from file where id = ?`, [uuid]);
  });

  it('answers 404 for an unknown file and 400 for an id that is not ours', async () => {
    const missing = await send('GET', `/api/files/${randomUUID()}`);
    expect([missing.status, missing.json.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const wrong = await send('GET', `/api/files/${toGlobalId('Project', randomUUID())}`);
    expect([wrong.status, wrong.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const junk = await send('GET', `/api/files/..%2F..%2Fetc%2Fpasswd`);
    expect([junk.status, junk.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });
});

describe('DELETE /api/files/:id', () => {
  it('only editors may delete; the lead deletes row + audit in one transaction, then the object', async () => {
    const up = await upload({ name: 'pois.pdf', data: pdf() });
    const uuid = up.json.url.split('/').pop();
    const [{ storage_key: key }] = await sql(`select storage_key from file where id = ?`, [uuid]);
    await refused(() => send('DELETE', up.json.url), 401, 'UNAUTHENTICATED');
    await refused(() => send('DELETE', up.json.url, { headers: auth('outsider') }), 403, 'FORBIDDEN');
    await refused(() => send('DELETE', up.json.url, { headers: auth('readKey') }), 403, 'FORBIDDEN');
    await refused(() => send('DELETE', up.json.url, { headers: auth('lead', false) }), 400, 'CSRF_HEADER_REQUIRED');
    expect(await storage.exists(key)).toBe(true);

    const before = await state();
    const res = await send('DELETE', `/api/files/${up.json.id}`, { headers: auth('lead') });
    expect(res.status).toBe(204);
    expect(await state()).toEqual({
      ...before,
      files: before.files - 1,
      audits: before.audits + 1,
      stored: before.stored - 1,
    });
    expect(await storage.exists(key)).toBe(false);
    const audits = await sql(`select action from audit_event where node_id = ? order by at, action desc`, [uuid]);
    expect(audits.map((a) => a.action)).toEqual(['file.upload', 'file.delete']);
    expect((await send('GET', up.json.url)).status).toBe(404);
    await refused(() => send('DELETE', up.json.url, { headers: auth('lead') }), 404, 'NOT_FOUND');
  });

  it('a WRITE key of a participating organisation may delete', async () => {
    const up = await upload({ name: 'pois.pdf', data: pdf() }, { who: 'writeKey' });
    expect((await send('DELETE', up.json.url, { headers: auth('writeKey') })).status).toBe(204);
  });
});

describe('concurrent uploads', () => {
  it('stores eight parallel uploads apart, each with its own row, audit entry and object', async () => {
    const before = await state();
    const files = Array.from({ length: 8 }, (_, i) => ({ name: `rinnakkain-${i}.pdf`, data: pdf(10_000 + i * 997) }));
    const results = await Promise.all(
      files.map((f, i) => upload(f, { who: i % 2 ? 'writeKey' : 'lead', chunked: i % 3 === 0 })),
    );
    expect(results.map((r) => r.status)).toEqual(files.map(() => 201));
    expect(new Set(results.map((r) => r.json.id)).size).toBe(8);
    for (const [i, r] of results.entries()) {
      expect(r.json.sha256).toBe(sha256(files[i].data));
      const down = await send('GET', r.json.url);
      expect(sha256(down.body)).toBe(sha256(files[i].data));
    }
    expect(await state()).toEqual({
      ...before,
      files: before.files + 8,
      audits: before.audits + 8,
      stored: before.stored + 8,
    });
  });
});

describe('orphan sweep', () => {
  it('deletes temp files and objects without a row, and keeps every object that has one', async () => {
    const kept = await upload({ name: 'jää.pdf', data: pdf(2222) });
    expect(kept.status).toBe(201);
    const orphan = newStorageKey(randomUUID());
    await storage.put(orphan, Readable.from([pdf(100)]), { byteSize: 100, contentType: 'application/pdf' });
    const tempDir = uploadTempDir(config);
    writeFileSync(path.join(tempDir, `${randomUUID()}.upload`), 'half an upload');
    writeFileSync(path.join(tempDir, `${randomUUID()}.put`), 'half a put');
    const before = await state();
    expect(before.temp).toBe(2);

    // An object written in the last hour may still be waiting for its row (another instance,
    // or another installation given the same folder by mistake): start-up keeps it.
    const fresh = newStorageKey(randomUUID());
    await storage.put(fresh, Readable.from([pdf(100)]), { byteSize: 100, contentType: 'application/pdf' });
    const hoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(path.join(dataDir, 'files', ...orphan.split('/')), hoursAgo, hoursAgo);

    // What main.ts runs at start-up.
    const result = await sweepFileStore(config, db.orm.em.fork());
    expect(result).toEqual({ tempFiles: 2, orphans: 1 });
    expect(await storage.exists(orphan)).toBe(false);
    expect(await storage.exists(fresh)).toBe(true);
    await storage.delete(fresh);
    expect(await state()).toEqual({ ...before, temp: 0, stored: before.stored - 1 });
    const [{ n }] = await sql(`select count(*)::int as n from file`);
    expect(before.stored - 1).toBe(n);
    expect((await send('GET', kept.json.url)).status).toBe(200);

    // A grace period keeps fresh objects (uploads still in flight on other instances).
    await storage.put(fresh, Readable.from([pdf(100)]), { byteSize: 100, contentType: 'application/pdf' });
    expect(await sweepOrphans(db.orm.em.fork(), storage, tempDir, { graceMs: 60_000 })).toEqual({
      tempFiles: 0,
      orphans: 0,
    });
    expect(await storage.exists(fresh)).toBe(true);
    expect(await sweepOrphans(db.orm.em.fork(), storage, tempDir)).toEqual({ tempFiles: 0, orphans: 1 });
  });
});

describe('with FILE_STORAGE=s3 (s3rver)', () => {
  let s3server: S3rver;
  let s3app: App;
  let s3http: Server;
  let s3base: string;
  let s3storage: FileStorage;
  const s3dir = mkdtempSync(path.join(os.tmpdir(), 'kg-files-s3-'));

  beforeAll(async () => {
    s3server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: s3dir,
      configureBuckets: [{ name: 'kg-files', configs: [] }],
    });
    const { port } = await s3server.run();
    const s3config: Config = {
      ...config,
      ...loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        UPLOAD_MAX_BYTES: String(LIMIT),
        FILE_STORAGE: 's3',
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: 'kg-files',
        S3_REGION: 'eu-north-1',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        S3_FORCE_PATH_STYLE: 'true',
      }),
      clientDist: config.clientDist,
    };
    s3storage = createFileStorage(s3config);
    s3app = await createApp(s3config, db.orm, createLogger('silent'));
    s3http = createAppServer(s3app.handler);
    await new Promise<void>((resolve) => s3http.listen(0, '127.0.0.1', resolve));
    s3base = `http://127.0.0.1:${(s3http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => s3http?.close(r));
    await s3app?.close();
    s3storage?.close?.();
    await s3server?.close();
    rmSync(s3dir, { recursive: true, force: true });
  });

  async function bucket(): Promise<string[]> {
    const out: string[] = [];
    for await (const o of s3storage.list()) out.push(o.key);
    return out;
  }

  it('uploads into the bucket, downloads from it, deletes from it; refusals leave the bucket alone', async () => {
    const saved = base;
    base = s3base;
    try {
      const data = pdf(LIMIT);
      const up = await upload({ name: 'Pöytäkirja.pdf', data });
      expect(up.status).toBe(201);
      const [{ storage_key: key }] = await sql(`select storage_key from file where id = ?`, [
        up.json.url.split('/').pop(),
      ]);
      expect(await bucket()).toEqual([key]);
      const down = await send('GET', up.json.url);
      expect([down.status, down.headers['content-type'], sha256(down.body)]).toEqual([
        200,
        'application/pdf',
        sha256(data),
      ]);

      await refused(() => upload({ name: 'yli.pdf', data: pdf(LIMIT + 1) }), 413, 'PAYLOAD_TOO_LARGE');
      await refused(() => upload({ name: 'x.pdf', data: EXE }), 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(await bucket()).toEqual([key]);

      expect((await send('DELETE', up.json.url, { headers: auth('lead') })).status).toBe(204);
      expect(await bucket()).toEqual([]);
    } finally {
      base = saved;
    }
  });
});
