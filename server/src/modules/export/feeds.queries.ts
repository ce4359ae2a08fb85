import type { LocalizedText } from '../../domain/localized.js';
import type { SqlRun } from './export.http.js';

/** Entries per feed. */
export const FEED_SIZE = 50;

export interface FeedRow {
  kind: 'PROJECT' | 'DELIVERABLE';
  id: string;
  slug: string | null;
  title: LocalizedText;
  summary: LocalizedText;
  publisher: LocalizedText | null;
  updatedAt: string;
}

/** What a feed is about: nothing (all), a theme, a municipality, a national service or a specification. */
export type FeedScope =
  | { type: 'all'; kinds: Array<'PROJECT' | 'DELIVERABLE'> }
  | { type: 'theme'; theme: string }
  | { type: 'municipality'; code: string }
  | { type: 'service'; slug: string }
  | { type: 'specification'; slug: string };

const PROJECT_COLS = `'PROJECT' as kind, p.id, p.slug, p.name as title, p.summary, null::jsonb as publisher, p.updated_at`;
const DELIVERABLE_COLS = `'DELIVERABLE' as kind, d.id, null as slug, d.title, d.short_description as summary,
  (select o.name from organisation o where o.id = d.publisher_id) as publisher, d.updated_at`;

/** Scope filters over projects `p` and deliverables `d`; each takes the scope value once. */
const SCOPES = {
  theme: {
    project: `? = any(p.themes)`,
    deliverable: `exists (select 1 from deliverable_project dp join project x on x.id = dp.project_id where dp.deliverable_id = d.id and ? = any(x.themes))`,
    exists: `select true`,
  },
  municipality: {
    project: `exists (select 1 from participation pa join organisation o on o.id = pa.organisation_id where pa.project_id = p.id and o.municipality_code = ?)`,
    deliverable: `(exists (select 1 from organisation o where o.id = d.publisher_id and o.municipality_code = ?)
      or exists (select 1 from adoption a join organisation o on o.id = a.organisation_id where a.deliverable_id = d.id and o.municipality_code = ?))`,
    exists: `select exists (select 1 from organisation o where o.municipality_code = ?)`,
  },
  service: {
    project: `exists (select 1 from service_use su join national_service s on s.id = su.service_id where su.project_id = p.id and s.slug = ?)`,
    deliverable: `exists (select 1 from service_use su join national_service s on s.id = su.service_id where su.deliverable_id = d.id and s.slug = ?)`,
    exists: `select exists (select 1 from national_service s where s.slug = ?)`,
  },
  specification: {
    project: `exists (select 1 from project_specification ps join specification s on s.id = ps.specification_id where ps.project_id = p.id and s.slug = ?)`,
    deliverable: `exists (select 1 from conformance c join specification s on s.id = c.specification_id where c.deliverable_id = d.id and s.slug = ?)`,
    exists: `select exists (select 1 from specification s where s.slug = ?)`,
  },
} as const;

/** The newest entries of a feed (by last update) and whether its subject exists: one statement. */
export async function feedRows(sql: SqlRun, scope: FeedScope): Promise<{ found: boolean; rows: FeedRow[] }> {
  const iso = `to_char(u.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  const outer = (union: string, exists: string) => `select (${exists}) as found,
      coalesce((select json_agg(json_build_object('kind', u.kind, 'id', u.id, 'slug', u.slug, 'title', u.title, 'summary', u.summary,
        'publisher', u.publisher, 'updatedAt', ${iso}) order by u.updated_at desc, u.id)
      from (select * from (${union}) x order by x.updated_at desc, x.id limit ${FEED_SIZE}) u), '[]'::json) as rows`;
  if (scope.type === 'all') {
    const parts = scope.kinds.map((k) =>
      k === 'PROJECT'
        ? `(select ${PROJECT_COLS} from project p order by p.updated_at desc limit ${FEED_SIZE})`
        : `(select ${DELIVERABLE_COLS} from deliverable d order by d.updated_at desc limit ${FEED_SIZE})`,
    );
    const [row] = await sql<{ found: boolean; rows: FeedRow[] }>(outer(parts.join(' union all '), 'select true'), []);
    return row;
  }
  const value = scope.type === 'theme' ? scope.theme : scope.type === 'municipality' ? scope.code : scope.slug;
  const s = SCOPES[scope.type];
  const count = (t: string) => (t.match(/\?/g) ?? []).length;
  const union = `(select ${PROJECT_COLS} from project p where ${s.project} order by p.updated_at desc limit ${FEED_SIZE})
    union all (select ${DELIVERABLE_COLS} from deliverable d where ${s.deliverable} order by d.updated_at desc limit ${FEED_SIZE})`;
  const params = [
    ...Array(count(s.exists)).fill(value),
    ...Array(count(s.project)).fill(value),
    ...Array(count(s.deliverable)).fill(value),
  ];
  const [row] = await sql<{ found: boolean; rows: FeedRow[] }>(outer(union, s.exists), params);
  return row;
}
