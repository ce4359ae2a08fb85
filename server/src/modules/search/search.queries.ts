import type { Lang } from '../../domain/enums.js';
import { pgArray, type ViewSpec } from '../../graphql/loaders.js';
import { DELIVERABLE } from '../deliverable/deliverable.queries.js';
import { NATIONAL_SERVICE } from '../national-service/national-service.queries.js';
import { ORGANISATION } from '../organisation/organisation.queries.js';
import { PROJECT } from '../project/project.queries.js';
import { SPECIFICATION } from '../specification/specification.queries.js';
import { prefixQuery, type ParsedQuery, type Term } from './search.parse.js';

/** The node types search covers, with the view each hit is read as. */
export const SEARCH_KINDS: Record<string, ViewSpec> = {
  PROJECT,
  DELIVERABLE,
  ORGANISATION,
  NATIONAL_SERVICE,
  SPECIFICATION,
};

/** Facet dimensions: the search_doc column and whether values hold one kind or a list. */
export const FACETS = {
  kind: { column: 'kind', list: false, limit: 10, label: null },
  theme: { column: 'themes', list: true, limit: 30, label: null },
  status: { column: 'statuses', list: true, limit: 20, label: null },
  region: { column: 'regions', list: true, limit: 25, label: `(select r.name from region r where r.code = x.v)` },
  municipality: {
    column: 'municipalities',
    list: true,
    limit: 20,
    label: `(select o.name from organisation o where o.municipality_code = x.v)`,
  },
  nationalService: {
    column: 'services',
    list: true,
    limit: 20,
    label: `(select s.name from national_service s where s.slug = x.v)`,
  },
  specification: {
    column: 'specifications',
    list: true,
    limit: 20,
    label: `(select s.name from specification s where s.slug = x.v)`,
  },
  deliverableKind: { column: 'deliverable_kinds', list: true, limit: 20, label: null },
  licence: { column: 'licences', list: true, limit: 20, label: null },
  language: { column: 'languages', list: true, limit: 5, label: null },
  year: { column: 'years', list: true, limit: 20, label: null },
} as const;

export type FacetName = keyof typeof FACETS;
export type FacetSelection = Partial<Record<FacetName, Array<string | number>>>;

const CONFIGS = ['finnish', 'swedish', 'english', 'simple'];
const HEADLINE_CONFIG: Record<Lang, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };
/** Words this long that no known word starts with are corrected to the nearest known words. */
const CORRECT_MIN_LENGTH = 5;
/** How close (trigram similarity) a known word must be to count as the meant one. */
const CORRECT_MIN_SIMILARITY = 0.4;

class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return '?';
  }
}

/** tsquery matching a term in every language configuration (or in the given ones, for ranking). */
function termQuery(term: Term, p: Params, configs: readonly string[] = CONFIGS): string {
  if (term.type === 'phrase')
    return `(${configs.map((c) => `phraseto_tsquery('${c}', ${p.add(term.text)})`).join(' || ')})`;
  // Prefix of the stem in each language: `kunta` -> kun:* finds Kuntien; `tekoäly:*` finds tekoälykokeilu.
  const q = term.negated ? `'${term.text.replace(/['\\]/g, '')}'` : prefixQuery(term.text);
  const exact = configs.map((c) => `to_tsquery('${c}', ${p.add(q)})`).join(' || ');
  if (term.negated || term.text.length < CORRECT_MIN_LENGTH) return `(${exact})`;
  // A misspelling ("Lupapsite") that starts no known word: the nearest known words instead.
  const correction = `coalesce((select to_tsquery('simple', string_agg(quote_literal(w.word), ' | '))
      from (select word from search_word
             where word % ${p.add(term.text)} and similarity(word, ${p.add(term.text)}) >= ${CORRECT_MIN_SIMILARITY}
               and not exists (select 1 from search_word k where k.word like ${p.add(likePrefix(term.text))})
             order by word <-> ${p.add(term.text)} limit 3) w), ''::tsquery)`;
  return `(${exact} || ${correction})`;
}

/** LIKE pattern for "starts with", with LIKE's own wildcards escaped. */
function likePrefix(word: string): string {
  return `${word.replace(/[\\%_]/g, '\\$&')}%`;
}

/** SQL predicate over search_doc `d` for a parsed query; index-backed (GIN tsvector and trigram). */
function matchSql(query: ParsedQuery, p: Params): string {
  if (query.groups.length === 0) return 'true';
  const groups = query.groups.map((group) =>
    group
      .map((term) => {
        const ts = `d.vector @@ ${termQuery(term, p)}`;
        return term.negated ? `not (${ts})` : ts;
      })
      .join(' and '),
  );
  return groups.map((g) => `(${g})`).join(' or ');
}

/** One tsquery of every positive term, for highlighting (all languages) or ranking (fewer). */
function positiveQuery(query: ParsedQuery, p: Params, configs: readonly string[] = CONFIGS): string | null {
  const terms = query.groups.flat().filter((t) => !t.negated);
  if (terms.length === 0) return null;
  return terms.map((t) => termQuery(t, p, configs)).join(' || ');
}

function selectionSql(name: FacetName, values: Array<string | number> | undefined, p: Params): string {
  if (!values?.length) return 'true';
  const f = FACETS[name];
  const type = name === 'year' ? 'int[]' : 'text[]';
  return f.list
    ? `h.${f.column} && ${p.add(pgArray(values))}::${type}`
    : `h.${f.column} = any(${p.add(pgArray(values))}::${type})`;
}

export interface SearchSqlInput {
  query: ParsedQuery;
  lang: Lang;
  selection: FacetSelection;
  first: number;
  offset: number;
  /**
   * What the operation reads (default: everything): the count, snippets, facet labels, which
   * facets, and each kind's node select list. Left-out parts cost nothing in the statement.
   */
  want?: {
    total: boolean;
    snippet: boolean;
    labels: boolean;
    facets: ReadonlySet<FacetName>;
    columns: Readonly<Record<string, string>>;
  };
}

/**
 * The whole search in one statement: the hit set once, then the page (ranked, with highlighted
 * snippets and each node's view row) and every facet's counts from that same hit set — each
 * facet counted under the other facets' selections, so choosing a value keeps its siblings
 * visible and every count is exact.
 */
export function searchSql(input: SearchSqlInput): { sql: string; params: unknown[] } {
  // knex binds `?` in text order: every piece below is generated in the order it appears.
  const p = new Params();
  const names = Object.keys(FACETS) as FacetName[];
  const selected = (except?: FacetName) =>
    names
      .filter((n) => n !== except)
      .map((n) => selectionSql(n, input.selection[n], p))
      .join(' and ');
  const hasPositive = input.query.groups.some((g) => g.some((t) => !t.negated));
  // Ranking reads the words as typed (simple) and in the search language only: one item per
  // language and prefix costs 20x more on common words at scale, for the same order in practice.
  const rankConfigs = ['simple', HEADLINE_CONFIG[input.lang]];
  const rank = hasPositive ? `ts_rank_cd(d.vector, ${positiveQuery(input.query, p, rankConfigs)})` : '0';
  const match = matchSql(input.query, p);
  const filtered = selected();
  const cfg = HEADLINE_CONFIG[input.lang];
  const inLang = (col: string) =>
    `nullif(h.${col}->>'${input.lang}', ''), nullif(h.${col}->>'fi', ''), nullif(h.${col}->>'sv', ''), nullif(h.${col}->>'en', '')`;
  // The description in the wanted language (with fallback), else the name: every hit gets a snippet.
  const text = (col: string) => `coalesce(${inLang(col)}, ${inLang('names')}, '')`;
  const want = input.want;
  // Generated only when asked for: its `?` parameters must not exist otherwise.
  const snippet =
    want && !want.snippet
      ? 'null'
      : hasPositive
        ? `ts_headline('${cfg}', ${text('body')}, ${positiveQuery(input.query, p)}, 'StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`
        : `left(${text('body')}, 240)`;
  const nodeCase = Object.entries(SEARCH_KINDS)
    .map(
      ([kind, spec]) =>
        `when '${kind}' then (select row_to_json(v) from (select ${want?.columns[kind] ?? spec.columns} from ${spec.from} where t.id = h.id) v)`,
    )
    .join(' ');
  const facetNames = names.filter((n) => !want || want.facets.has(n));
  const facets = facetNames
    .map((n) => {
      const f = FACETS[n];
      const values = f.list ? `unnest(h.${f.column})` : `(select h.${f.column})`;
      const label = want && !want.labels ? 'null' : (f.label ?? 'null');
      return `'${n}', (select coalesce(json_agg(json_build_object('value', x.v::text, 'count', x.n, 'label', ${label}) order by x.n desc, x.v), '[]')
        from (select x.v, count(*)::int as n from hits h cross join lateral ${values} as x(v)
              where ${selected(n)} group by x.v order by count(*) desc, x.v limit ${f.limit}) x)`;
    })
    .join(',\n');
  const order = 'h.score desc, h.kind, h.sort_name, h.id';
  // The hit set carries only what filtering, ranking and the asked facets read; names and the
  // body are read for the page's rows alone.
  const facetColumns = names
    .filter((n) => n !== 'kind' && (facetNames.includes(n) || input.selection[n]?.length))
    .map((n) => `d.${FACETS[n].column}`);
  const sql = `with hits as (
      select d.id, d.kind, d.sort_name${facetColumns.map((c) => `, ${c}`).join('')}, ${rank} as score
        from search_doc d where ${match}),
    filtered as (select h.* from hits h where ${filtered}),
    page as (select h.*, d.names, d.body
      from (select h.* from filtered h order by ${order} limit ${input.first + 1} offset ${input.offset}) h
      join search_doc d on d.id = h.id)
    select
      ${want && !want.total ? 'null::int' : '(select count(*)::int from filtered)'} as total,
      (select coalesce(json_agg(json_build_object(
          'id', h.id, 'kind', h.kind, 'score', h.score, 'names', h.names, 'snippet', ${snippet},
          'node', case h.kind ${nodeCase} end) order by ${order}), '[]') from page h) as hits,
      json_build_object(${facets}) as facets`;
  return { sql, params: p.values };
}

/** Highlight markers ts_headline puts around matches (control characters no text contains). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
