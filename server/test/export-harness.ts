import type { AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { upsertRows } from '../src/db/seed/upsert.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface ExportHarness {
  db: TestDatabase;
  base: string;
  get(pathAndQuery: string, headers?: Record<string, string>): Promise<Response>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
}

/** The whole app over real HTTP on a database of the test file's own. */
export async function startExportHarness(name: string): Promise<ExportHarness> {
  const db = await createTestDatabase(name);
  const clientDist = mkdtempSync(path.join(os.tmpdir(), 'kg-client-'));
  writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><html lang="fi"><title>Kuntagraph</title></html>');
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false' }), clientDist };
  const app: App = await createApp(config, db.orm, createLogger('silent'));
  const server: Server = createAppServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    base,
    get: (p, headers = {}) => fetch(`${base}${p}`, { headers }),
    async graphql(query, variables = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    async close() {
      await new Promise((r) => server.close(r));
      await app.close();
      await db.close();
    },
  };
}

const SYNTHETIC = [{ status: 'SYNTHETIC', note: 'export test fixture' }];

export interface SoftwareFixture {
  id: string;
  globalId: string;
  projectSlug: string;
  specUri: string;
  serviceSlug: string;
  adopterName: string;
  claimantName: string;
}

/**
 * A software deliverable linked to everything an export shows: a funded reference project, a
 * publisher with a business ID, a specification with a URI, a national service, a release with a
 * file and a link, one adoption that counts as reuse and one that does not.
 */
export async function createSoftwareFixture(
  db: TestDatabase,
  overrides: Record<string, unknown> = {},
): Promise<SoftwareFixture> {
  const em = db.orm.em.fork();
  const conn = em.getConnection();
  const [project] = await conn.execute<{ id: string; slug: string }[]>(
    `select p.id, p.slug from project p join "grant" g on g.project_id = p.id join funding_call c on c.id = g.call_id
      join funding_programme fp on fp.id = c.programme_id where fp.funder_id is not null and g.status = 'AWARDED' order by p.slug limit 1`,
  );
  const [publisher] = await conn.execute<{ id: string }[]>(
    `select id from organisation where municipality_code = '091'`,
  );
  const [adopter] = await conn.execute<{ id: string; name: { fi: string } }[]>(
    `select id, name from organisation where municipality_code = '853'`,
  );
  const [claimant] = await conn.execute<{ id: string; name: { fi: string } }[]>(
    `select id, name from organisation where municipality_code = '837'`,
  );
  const [spec] = await conn.execute<{ id: string; slug: string }[]>(
    `select id, slug from specification order by slug limit 1`,
  );
  const [service] = await conn.execute<{ id: string; slug: string }[]>(
    `select id, slug from national_service order by slug limit 1`,
  );
  const specUri = `http://uri.suomi.fi/datamodel/ns/${spec.slug}-test`;
  await conn.execute(`update specification set uri = ? where id = ?`, [specUri, spec.id]);
  await conn.execute(`update organisation set business_id = '0201256-6' where id = ?`, [publisher.id]);
  const id = randomUUID();
  await upsertRows(
    em,
    'deliverable',
    [
      {
        id,
        kind: 'SOFTWARE',
        title: { fi: 'Lupapiste-laajennus <beta> & co', sv: 'Tillståndstillägg', en: 'Permit extension' },
        short_description: {
          fi: 'Laajennus sähköiseen lupaprosessiin.',
          sv: 'Tillägg till den elektroniska tillståndsprocessen.',
          en: 'An extension to the e-permit process.',
        },
        description: {
          fi: 'Pitkä kuvaus laajennuksesta, joka tukee rakennusvalvonnan sähköistä asiointia ja lupaprosessia kunnissa. '
            .repeat(3)
            .trim(),
          sv: 'En lång beskrivning av tillägget, som stöder byggnadstillsynens elektroniska tjänster och tillståndsprocessen i kommunerna, tillräckligt lång för publiccode.yml.',
          en: 'A long description of the extension that supports building-control e-services and the permit process in municipalities, written long enough for publiccode.yml.',
        },
        keywords: ['rakennusvalvonta', 'lupaprosessi', '=SUM(A1)'],
        licence: 'EUPL-1.2',
        languages: ['fi', 'sv', 'en'],
        platforms: ['WEB', 'LINUX'],
        development_status: 'STABLE',
        maintenance_type: 'internal',
        contacts: [{ name: 'Maija Meikäläinen', role: 'kehittäjä', organisation: 'Helsingin kaupunki' }],
        landing_url: 'https://example.org/permit-extension',
        repository_url: 'https://github.com/example/permit-extension',
        documentation_url: 'https://example.org/permit-extension/docs',
        publisher_id: publisher.id,
        published_at: '2023-05-01',
        provenance: SYNTHETIC,
        ...overrides,
      },
    ],
    ['title', 'short_description', 'description', 'contacts', 'provenance'],
  );
  await upsertRows(
    em,
    'deliverable_project',
    [{ id: randomUUID(), deliverable_id: id, project_id: project.id, provenance: SYNTHETIC }],
    ['provenance'],
  );
  await upsertRows(
    em,
    'conformance',
    [{ id: randomUUID(), deliverable_id: id, specification_id: spec.id, provenance: SYNTHETIC }],
    ['provenance'],
  );
  await upsertRows(
    em,
    'service_use',
    [
      {
        id: randomUUID(),
        deliverable_id: id,
        project_id: null,
        service_id: service.id,
        relation: 'AUTHENTICATES_WITH',
        provenance: SYNTHETIC,
      },
    ],
    ['provenance'],
  );
  const releaseId = randomUUID();
  await upsertRows(
    em,
    'release',
    [
      {
        id: releaseId,
        deliverable_id: id,
        version: '2.1.0',
        released_at: '2024-02-01',
        notes: { en: 'Bug fixes' },
        links: [{ url: 'https://github.com/example/permit-extension/releases/tag/v2.1.0' }],
        provenance: SYNTHETIC,
      },
    ],
    ['notes', 'links', 'provenance'],
  );
  await upsertRows(
    em,
    'file',
    [
      {
        id: randomUUID(),
        release_id: releaseId,
        filename: 'manual.pdf',
        media_type: 'application/pdf',
        byte_size: '1234',
        sha256: 'a'.repeat(64),
        storage_key: `test/${randomUUID()}`,
        provenance: SYNTHETIC,
      },
    ],
    ['provenance'],
  );
  await upsertRows(
    em,
    'adoption',
    [
      {
        id: randomUUID(),
        organisation_id: adopter.id,
        deliverable_id: id,
        status: 'IN_PRODUCTION',
        verification: 'VERIFIED',
        provenance: SYNTHETIC,
      },
      {
        id: randomUUID(),
        organisation_id: claimant.id,
        deliverable_id: id,
        status: 'IN_PRODUCTION',
        verification: 'DECLARED_BY_PUBLISHER',
        provenance: SYNTHETIC,
      },
    ],
    ['provenance'],
  );
  return {
    id,
    globalId: toGlobalId('Deliverable', id),
    projectSlug: project.slug,
    specUri,
    serviceSlug: service.slug,
    adopterName: adopter.name.fi,
    claimantName: claimant.name.fi,
  };
}
