import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request } from 'express';
import { DeliverableKind, Lang, Theme } from '../../domain/enums.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { sendWithEtag } from '../../http/send-with-etag.js';
import { lazyImport } from '../../lazy-import.js';
import type { LocalizedText } from '../../domain/localized.js';
import type { Logger } from '../../logger.js';
import { atomXml } from './atom.js';
import { CATALOG_PAGE_SIZE, catalogPage } from './catalog.queries.js';
import { csvText, sendCsv, type CsvColumn } from './csv.js';
import {
  ADOPTION_FILTERS,
  adoptionColumns,
  adoptionRows,
  CSV_PAGE_SIZE,
  DELIVERABLE_FILTERS,
  deliverableColumns,
  deliverableRows,
  PROJECT_FILTERS,
  projectColumns,
  projectRows,
} from './csv.exports.js';
import { deliverableFacts } from './deliverable-facts.queries.js';
import {
  ExportError,
  langParam,
  onlyParams,
  pageNumber,
  requestOrigin,
  route,
  single,
  sqlRunner,
  type SqlRun,
} from './export.http.js';
import { pages, textOf } from './export.links.js';
import { feedRows, type FeedScope } from './feeds.queries.js';
import { writeGraphDump } from './graph-dump.js';
import { publiccodeGaps } from './publiccode.requirements.js';
import { publiccodeYaml, SOFTWARE_TYPE } from './publiccode.export.js';
import { SEARCH_CSV_PAGE_SIZE, SEARCH_FILTERS, searchColumns, searchRows } from './search.csv.js';

/** The DCAT-AP catalogue builder and n3 (~11 MiB), loaded on the first catalogue request. */
const loadDcat = lazyImport(() => import('./dcat.catalog.js'));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** Next-page URL: the request's own path and query with `page` replaced. */
function withParam(req: Request, origin: string, name: string, value: string): string {
  const url = new URL(req.originalUrl, origin);
  url.searchParams.set(name, value);
  return `${origin}${url.pathname}${url.search}`;
}

/**
 * Interoperability exports and feeds (ARCHITECTURE.md: /export/*, /feeds/*): publiccode.yml,
 * DCAT-AP 3 catalogue (JSON-LD, Turtle), CSV, a JSON dump of the public graph and Atom feeds.
 * Reads go through lean SQL, one or a few statements per response whatever the data size.
 */
export function exportRoutes(orm: MikroORM, log: Logger): Router {
  const router = Router();

  router.get(
    '/export/deliverables/:id/publiccode.yml',
    route(log, async (req, res) => {
      const id = deliverableId(String(req.params.id));
      const d = await deliverableFacts(sqlRunner(orm), id);
      if (!d) throw new ExportError(404, 'NOT_FOUND', 'No deliverable with this id.', 'id');
      if (!SOFTWARE_TYPE[d.kind as DeliverableKind]) {
        throw new ExportError(
          422,
          'NOT_EXPORTABLE',
          `publiccode.yml describes software: a ${d.kind} deliverable cannot be exported (SOFTWARE, SOFTWARE_EXTENSION and CONFIGURATION can). Use /export/catalog.jsonld.`,
          'id',
        );
      }
      const missing = publiccodeGaps(d);
      if (missing.length) {
        throw new ExportError(
          422,
          'NOT_EXPORTABLE',
          `publiccode.yml needs what this deliverable lacks: ${missing.map((g) => g.message).join('; ')}.`,
          'id',
          { missing },
        );
      }
      res.setHeader('content-type', 'application/yaml; charset=utf-8');
      res.setHeader('content-disposition', 'inline; filename="publiccode.yml"');
      sendWithEtag(res, await publiccodeYaml(d, requestOrigin(req)));
    }),
  );

  const catalog = (format: 'jsonld' | 'ttl' | 'negotiate') =>
    route(log, async (req, res) => {
      const after = cursorParam(req);
      const origin = requestOrigin(req);
      let type = format;
      if (format === 'negotiate') {
        const best = req.accepts(['application/ld+json', 'application/json', 'text/turtle']);
        if (!best)
          throw new ExportError(
            406,
            'NOT_ACCEPTABLE',
            'The catalogue is served as application/ld+json or text/turtle.',
          );
        type = best === 'text/turtle' ? 'ttl' : 'jsonld';
      }
      const { rows, modified } = await catalogPage(sqlRunner(orm), after);
      const more = rows.length > CATALOG_PAGE_SIZE;
      const page = rows.slice(0, CATALOG_PAGE_SIZE);
      const nextUrl = more
        ? withParam(req, origin, 'page', Buffer.from(page[page.length - 1].id).toString('base64url'))
        : null;
      const selfUrl = new URL(req.originalUrl, origin).toString();
      const { CatalogGraph, toJsonLd, toTurtle } = await loadDcat();
      const graph = new CatalogGraph({ origin, selfUrl, nextUrl, modified });
      const c = graph.catalog();
      for (const d of page) graph.deliverable(c, d);
      res.vary('accept');
      if (nextUrl) res.setHeader('link', `<${nextUrl}>; rel="next"`);
      if (type === 'ttl') {
        res.setHeader('content-type', 'text/turtle; charset=utf-8');
        sendWithEtag(res, await toTurtle(graph.quads));
      } else {
        res.setHeader('content-type', 'application/ld+json; charset=utf-8');
        sendWithEtag(res, JSON.stringify(toJsonLd(graph.quads)));
      }
    });
  router.get('/export/catalog', catalog('negotiate'));
  router.get('/export/catalog.jsonld', (req, res, next) =>
    req.accepts(['application/ld+json', 'text/turtle']) === 'text/turtle' && !req.accepts('application/ld+json')
      ? catalog('ttl')(req, res, next)
      : catalog('jsonld')(req, res, next),
  );
  router.get('/export/catalog.ttl', catalog('ttl'));

  const csv = <T>(
    name: string,
    pageSize: number,
    filters: readonly string[],
    read: (sql: SqlRun, req: Request, lang: Lang, offset: number, limit: number) => Promise<T[]>,
    columns: (origin: string, lang: Lang, offset: number) => CsvColumn<T>[],
  ) =>
    route(log, async (req, res) => {
      onlyParams(req, ['lang', 'page', ...filters]);
      const lang = langParam(req);
      const page = pageNumber(req);
      const offset = (page - 1) * pageSize;
      const origin = requestOrigin(req);
      const rows = await read(sqlRunner(orm), req, lang, offset, pageSize + 1);
      const next = rows.length > pageSize ? withParam(req, origin, 'page', String(page + 1)) : null;
      sendCsv(
        res,
        `kuntagraph-${name}${page > 1 ? `-${page}` : ''}.csv`,
        csvText(columns(origin, lang, offset), rows.slice(0, pageSize), lang),
        next,
      );
    });
  router.get(
    '/export/projects.csv',
    csv('projects', CSV_PAGE_SIZE, PROJECT_FILTERS, (s, r, _l, o, n) => projectRows(s, r, o, n), projectColumns),
  );
  router.get(
    '/export/deliverables.csv',
    csv(
      'deliverables',
      CSV_PAGE_SIZE,
      DELIVERABLE_FILTERS,
      (s, r, _l, o, n) => deliverableRows(s, r, o, n),
      deliverableColumns,
    ),
  );
  router.get(
    '/export/adoptions.csv',
    csv('adoptions', CSV_PAGE_SIZE, ADOPTION_FILTERS, (s, r, _l, o, n) => adoptionRows(s, r, o, n), adoptionColumns),
  );
  router.get(
    '/export/search.csv',
    csv(
      'search',
      SEARCH_CSV_PAGE_SIZE,
      SEARCH_FILTERS,
      async (s, r, l, o, n) => (await searchRows(s, r, l, o, n)).map((h, i) => ({ ...h, rank: o + i + 1 })),
      searchColumns,
    ),
  );

  router.get(
    '/export/graph.json',
    route(log, async (_req, res) => writeGraphDump(sqlRunner(orm), res)),
  );

  const feed = (scopeOf: (req: Request) => FeedScope, titleOf: (lang: Lang) => string) =>
    route(log, async (req, res) => {
      const lang = langParam(req);
      const scope = scopeOf(req);
      const { found, rows } = await feedRows(sqlRunner(orm), scope);
      if (!found) throw new ExportError(404, 'NOT_FOUND', 'No such feed subject.', 'feed');
      const origin = requestOrigin(req);
      const self = new URL(req.originalUrl, origin).toString();
      const body = atomXml({
        id: `${origin}${req.path}`,
        title: `Kuntagraph: ${titleOf(lang)}`,
        selfUrl: self,
        alternateUrl: `${origin}/${lang}/`,
        lang,
        entries: rows.map((r) => ({
          id: `urn:uuid:${r.id}`,
          title: textOf(r.title, lang) || r.id,
          updated: r.updatedAt,
          link:
            r.kind === 'PROJECT' ? pages.project(origin, r.slug ?? '', lang) : pages.deliverable(origin, r.id, lang),
          summary: textOf(r.summary, lang),
          lang: langOf(r.title, lang),
          author: r.publisher ? textOf(r.publisher, lang) : null,
          category: r.kind,
        })),
      });
      res.setHeader('content-type', 'application/atom+xml; charset=utf-8');
      sendWithEtag(res, body);
    });
  const T = (fi: string, sv: string, en: string) => (lang: Lang) => ({ fi, sv, en })[lang];
  router.get(
    '/feeds/deliverables.atom',
    feed(() => ({ type: 'all', kinds: ['DELIVERABLE'] }), T('uudet tuotokset', 'nya resultat', 'new deliverables')),
  );
  router.get(
    '/feeds/projects.atom',
    feed(() => ({ type: 'all', kinds: ['PROJECT'] }), T('hankkeet', 'projekt', 'projects')),
  );
  router.get(
    '/feeds/themes/:theme.atom',
    feed(
      (req) => {
        const theme = String(req.params.theme);
        if (!(Object.values(Theme) as string[]).includes(theme)) {
          throw new ExportError(
            400,
            'BAD_USER_INPUT',
            `Unknown theme "${theme.slice(0, 60)}"; use a Theme value such as BUILT_ENVIRONMENT.`,
            'theme',
          );
        }
        return { type: 'theme', theme };
      },
      T('teema', 'tema', 'theme'),
    ),
  );
  router.get(
    '/feeds/municipalities/:code.atom',
    feed(
      (req) => {
        const code = String(req.params.code);
        if (!/^[0-9]{3}$/.test(code))
          throw new ExportError(400, 'BAD_USER_INPUT', 'A municipality code has three digits.', 'code');
        return { type: 'municipality', code };
      },
      T('kunta', 'kommun', 'municipality'),
    ),
  );
  router.get(
    '/feeds/services/:slug.atom',
    feed(
      (req) => ({ type: 'service', slug: slugParam(req) }),
      T('kansallinen palvelu', 'nationell tjänst', 'national service'),
    ),
  );
  router.get(
    '/feeds/specifications/:slug.atom',
    feed((req) => ({ type: 'specification', slug: slugParam(req) }), T('määrittely', 'specifikation', 'specification')),
  );
  return router;
}

function langOf(t: LocalizedText, lang: Lang): string {
  for (const l of [lang, 'fi', 'sv', 'en'] as const) if (t?.[l]) return l;
  return lang;
}

function slugParam(req: Request): string {
  const slug = String(req.params.slug);
  if (!SLUG.test(slug)) throw new ExportError(400, 'BAD_USER_INPUT', 'Not a valid slug.', 'slug');
  return slug;
}

function deliverableId(globalId: string): string {
  try {
    return fromGlobalId(globalId, 'id', ['Deliverable']).id;
  } catch (err) {
    throw new ExportError(400, 'BAD_USER_INPUT', (err as Error).message, 'id');
  }
}

/** `?page=` of the catalogue: an opaque keyset cursor from a `next` link. */
function cursorParam(req: Request): string | null {
  const v = single(req, 'page');
  if (v === undefined || v === '') return null;
  const id = /^[A-Za-z0-9_-]{1,100}$/.test(v) ? Buffer.from(v, 'base64url').toString('utf8') : '';
  if (!UUID.test(id)) throw new ExportError(400, 'BAD_USER_INPUT', '"page" must be a cursor from a next link.', 'page');
  return id;
}
