import type { Lang } from '../../domain/enums.js';
import { pgArray, type ViewSpec } from '../../graphql/loaders.js';
import { DELIVERABLE } from '../deliverable/deliverable.queries.js';
import { NATIONAL_SERVICE } from '../national-service/national-service.queries.js';
import { ORGANISATION } from '../organisation/organisation.queries.js';
import { PROJECT } from '../project/project.queries.js';
import { SPECIFICATION } from '../specification/specification.queries.js';
import { prefixQuery, type ParsedQuery, type Term } from './search.parse.js';
import { inflectionPrefixes, languageOf } from './search.thesaurus.js';

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

/**
 * Statement parameters. Each value gets a token that the finished text turns into `?` (knex
 * binds `?` in text order), so a generated piece may appear in the text any number of times
 * and in any order.
 */
class Params {
  private readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `\uE000${this.values.length - 1}\uE000`;
  }
  bind(text: string): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const sql = text.replace(/\uE000(\d+)\uE000/g, (_, i: string) => {
      params.push(this.values[Number(i)]);
      return '?';
    });
    return { sql, params };
  }
}

/**
 * tsquery matching a term in every language configuration (or in the given ones, for ranking),
 * without its typo correction (termCorrection), which is OR-ed to it.
 */
function termQuery(
  term: Term,
  p: Params,
  configs: readonly string[] = CONFIGS,
  prefix = !term.negated,
  alsoConfigs: readonly string[] | 'own' = configs,
): string {
  const phrase = (text: string, cs = configs) => cs.map((c) => `phraseto_tsquery('${c}', ${p.add(text)})`);
  // The thesaurus's other terms for the concept, found as typed words naming it are: each word
  // of a term alone, in any order (`building permit` finds "building-control ... permits"), by
  // its stem, not as a prefix (`kaava:*` would be every plan word) ...
  // (for ranking, each term only in its own language: one item per term costs on every hit).
  const also = (term.also ?? []).flatMap((a) =>
    (alsoConfigs === 'own' ? [own(a)] : alsoConfigs).map((c) => `plainto_tsquery('${c}', ${p.add(a)})`),
  );
  // ... and, with prefixes, the concept's terms in their inflected forms among whole words
  // (`rakennuslu:*` finds rakennusluvan as well as rakennuslupa; `avoi:* <-> data:*` finds
  // avoimen datan), the typed one included.
  if (prefix && term.also?.length && alsoConfigs !== 'own' && alsoConfigs.includes('simple')) {
    for (const stems of inflectionPrefixes(term.text, term.also))
      also.push(`to_tsquery('simple', ${p.add(stems.map(prefixQuery).join(' <-> '))})`);
  }
  if (term.type === 'phrase') return `(${[...phrase(term.text), ...also].join(' || ')})`;
  // A word, or words naming a concept together, each as alone and in any order (`building
  // permit` also finds "permits for building-control"); or the concept's other terms.
  const words = term.text.split(' ');
  const each = configs.map((c) => `(${words.map((w) => wordQuery(w, c, p, prefix)).join(' && ')})`);
  return `(${[...each, ...also].join(' || ')})`;
}

/** The text search configuration of a thesaurus term's language (`simple` if it left the thesaurus). */
function own(term: string): string {
  const lang = languageOf(term);
  return lang ? HEADLINE_CONFIG[lang] : 'simple';
}

/**
 * tsquery of one word in one configuration: the prefix of its stem (`kunta` -> kun:* in Finnish
 * finds kunnan and Kuntien; `tekoäly:*` finds tekoälykokeilu), or the word exactly.
 */
function wordQuery(word: string, config: string, p: Params, prefix: boolean): string {
  const tsq = `to_tsquery('${config}', ${p.add(prefix ? prefixQuery(word) : `'${word.replace(/['\\]/g, '')}'`)})`;
  return prefix && config !== 'finnish' && [...word].length > SHORT_STEM ? shortStemsWhole(tsq) : tsq;
}

/** Stems this long or shorter, cut from a longer word, are matched whole (shortStemsWhole). */
const SHORT_STEM = 3;

/**
 * A tsquery whose prefix stems of at most SHORT_STEM letters match whole. The Swedish and
 * English stemmers cut some words down to a few letters (English `SaaS` -> saa), and as a prefix
 * those find every word that starts so (Saarijärvi); whole, the stem still finds the word's own
 * forms. Not in Finnish: its stemmer cuts one word's forms to different short stems (`kunnan` ->
 * kun, `Kuntien` -> kunt), which only the prefix finds together. Words typed this short stay
 * prefixes (`gis:*`).
 */
function shortStemsWhole(tsq: string): string {
  return `regexp_replace((${tsq})::text, '''([^'']{1,${SHORT_STEM}})'':\\*', '''\\1''', 'g')::tsquery`;
}

/**
 * A misspelling ("Lupapsite") that starts no known word: a tsquery of the nearest known words
 * (words of names), matched in names and texts (weights A-C), not in the names of themes and
 * related organisations (D), which a near word would bring in wholesale.
 */
function termCorrection(term: Term, p: Params): string | null {
  const nearest = nearestWords(term, p);
  const folded = foldedWords(term, p);
  const parts = [
    ...(nearest
      ? [
          `coalesce((select to_tsquery('simple', string_agg(quote_literal(w.word) || ':ABC', ' | ')) from (${nearest}) w), ''::tsquery)`,
        ]
      : []),
    // Each folded word is matched as if typed: its stem's prefix, in every configuration.
    ...(folded
      ? [
          `coalesce((select ${CONFIGS.map((c) => `to_tsquery('${c}', f.q)`).join(' || ')}
          from (select string_agg(quote_literal(w.word) || ':*', ' | ') as q from (${folded}) w) f), ''::tsquery)`,
        ]
      : []),
  ];
  return parts.length ? `(${parts.join(' || ')})` : null;
}

/** Whether a term may be corrected: a positive word the thesaurus does not know. */
function correctable(term: Term): boolean {
  // A word the thesaurus knows is no misspelling, whether or not a text holds it yet.
  return term.type === 'word' && !term.negated && !term.also?.length;
}

/** Rows (`word`) of the nearest known words to a misspelling no known word starts with. */
function nearestWords(term: Term, p: Params): string | null {
  if (!correctable(term) || term.text.length < CORRECT_MIN_LENGTH) return null;
  return `select word from search_word
             where word % ${p.add(term.text)} and similarity(word, ${p.add(term.text)}) >= ${CORRECT_MIN_SIMILARITY}
               and not ${startsKnownWord(term.text, p)}
             order by word <-> ${p.add(term.text)} limit 3`;
}

/** Finnish and Swedish letters a keyboard without them turns into a, o and a (`Jarvenpaa`). */
const FOLD_FROM = 'äöå';
const FOLD_TO = 'aoa';
/** A known word's form with ä, ö and å folded (the expression of Migration20261129170000's index). */
const FOLDED = `translate(word, '${FOLD_FROM}', '${FOLD_TO}')`;
/** Known words found for a word typed without them, at most. */
const FOLDED_WORDS = 5;

/**
 * Rows (`word`) of the known words (words of names) meant by a word typed without ä, ö and å
 * (`jarvenpaa`, `hameenlinna`, `raakkyla`): those that are the same or start so once the letters
 * are folded (Järvenpää, Hämeenlinna, Rääkkylä), when no known word starts with it as typed.
 * Through the folded-word index (Migration20261129170000). Null for a word with those letters.
 */
function foldedWords(term: Term, p: Params): string | null {
  if (!correctable(term) || term.text.length < 4 || /[äöå]/.test(term.text)) return null;
  const from = p.add(term.text);
  const to = p.add(successor(term.text));
  return `select word from search_word
        where ${FOLDED} ~>=~ ${from} and ${FOLDED} ~<~ ${to} and ${FOLDED} <> word
          and not ${startsKnownWord(term.text, p)}
        order by length(word), word limit ${FOLDED_WORDS}`;
}

/** The text with its last letter's successor: "starts with" a text is the range up to this. */
function successor(text: string): string {
  const letters = [...text];
  return letters.slice(0, -1).join('') + String.fromCodePoint(letters.at(-1)!.codePointAt(0)! + 1);
}

/**
 * Whether a known word starts with the text. As ranges, which the folded-word index serves in a
 * prepared statement's generic plan too (LIKE needs its pattern at planning): a word starting
 * with the text has a folded form starting with the folded text.
 */
function startsKnownWord(text: string, p: Params): string {
  const fold = (t: string) => [...t].map((c) => FOLD_TO[FOLD_FROM.indexOf(c)] ?? c).join('');
  const k = FOLDED.replace('word', 'k.word');
  return `exists (select 1 from search_word k where ${k} ~>=~ ${p.add(fold(text))} and ${k} ~<~ ${p.add(successor(fold(text)))}
      and k.word ~>=~ ${p.add(text)} and k.word ~<~ ${p.add(successor(text))})`;
}

/**
 * Every tsquery of a parsed query, computed once per statement (CTE `tsq`; a word's typo
 * correction is a lookup of its own): `m<i>` per term in every language configuration, `pos`
 * every positive term (highlighting, the heading index), `rank` every positive term in the
 * ranking configurations. Null without terms.
 */
function tsqSql(query: ParsedQuery, p: Params, langConfig: string): string | null {
  const rankConfigs = ['simple', langConfig];
  const terms = query.groups.flat();
  if (terms.length === 0) return null;
  const corrections = terms.map((t) => termCorrection(t, p));
  const inner = corrections.flatMap((c, i) => (c ? [`${c} as c${i}`] : []));
  const withC = (q: string, i: number) => (corrections[i] ? `(${q} || c.c${i})` : q);
  const middle = terms.flatMap((t, i) => [
    `${withC(termQuery(t, p), i)} as m${i}`,
    // Ranking reads each thesaurus term in its own language only: every text is in the vectors
    // in every configuration, and each item of the ranking query costs on every hit.
    ...(t.negated ? [] : [`${withC(termQuery(t, p, rankConfigs, true, 'own'), i)} as r${i}`]),
  ]);
  const positive = terms.flatMap((t, i) => (t.negated ? [] : [i]));
  const outer = ['m.*'];
  if (positive.length) {
    outer.push(`${positive.map((i) => `m.m${i}`).join(' || ')} as pos`);
    outer.push(`${positive.map((i) => `m.r${i}`).join(' || ')} as rank`);
    // The words themselves, not as prefixes: a few posting lists instead of every word that
    // starts with them (6x cheaper per hit in the index), for the candidates of common words (a
    // word is common by its own stems, or by the words it is corrected to; see estimateSql).
    // With the term's corrections: a misspelt or unaccented word (`jarvenpaa`) may mean a common one.
    const head = positive.map((i) => withC(termQuery(terms[i], p, CONFIGS, false), i));
    middle.push(`${head.join(' || ')} as head`);
    // The same without the thesaurus's words, which come second among candidates (searchSql).
    if (positive.some((i) => terms[i].also)) {
      const typed = positive.map((i) => termQuery({ ...terms[i], also: undefined }, p, CONFIGS, false));
      middle.push(`${typed.join(' || ')} as head_typed`);
    }
  }
  // `offset 0` keeps each level a subquery of its own, so a correction is looked up once.
  return `select ${outer.join(', ')} from (select ${middle.join(',\n        ')}
      from (select ${inner.length ? inner.join(',\n        ') : '1 as none'} offset 0) c offset 0) m`;
}

/**
 * Estimated share (0..1) of search documents a query matches, from the statistics ANALYZE keeps
 * of the vectors (CTE `stats`: the most common lexemes and the share of documents holding each,
 * down to about 0.05 % of them with the column's statistics target of 1,000: migration
 * 20261128093000). A word's lexeme counts every common lexeme it is a prefix of (an
 * over-estimate: one document holds several forms); the parts of a word (`e-lupa`) and the
 * words of an AND-group count their rarest, the language configurations their largest, and
 * OR-groups add up. Lexemes outside the statistics count 0: the estimate tells common words
 * from the rest, no more.
 */
function estimateSql(query: ParsedQuery, p: Params): string {
  if (query.groups.length === 0) return '1';
  const shareOf = (textSql: string, phrase: boolean) => {
    const cmp = phrase ? 'x.e = l' : 'starts_with(x.e, l)';
    return `(select coalesce(max(per_config.n), 0) from (select (select min(
          (select coalesce(sum(x.f), 0) from stats s cross join lateral unnest(s.elems, s.freqs) x(e, f)
            where x.e is not null and ${cmp}))
        from unnest(tsvector_to_array(to_tsvector(c, ${textSql}))) l) as n
      from unnest('{${CONFIGS.join(',')}}'::regconfig[]) c) per_config)`;
  };
  const share = (text: string, phrase: boolean) => shareOf(p.add(text), phrase);
  // The words a term may be corrected to (termCorrection) match what they match: `jarvenpaa`
  // is as common as Järvenpää.
  const corrected = (t: Term) =>
    [nearestWords(t, p), foldedWords(t, p)]
      .filter((w): w is string => w !== null)
      .map((w) => `(select coalesce(sum(${shareOf('w.word', false)}), 0) from (${w}) w)`);
  // A term with other terms for its concept matches what any of them does: their shares add up.
  const term = (t: Term) =>
    [share(t.text, t.type === 'phrase'), ...(t.also ?? []).map((a) => share(a, true)), ...corrected(t)].join(' + ');
  const groups = query.groups.map((g) => {
    const positive = g.filter((t) => !t.negated);
    return positive.length ? `least(${positive.map(term).join(', ')})` : '1';
  });
  return `least(${groups.join(' + ')}, 1)`;
}

/** CTEs `stats` and `capped` (column `v`): whether the query matches over `exact` documents, by the statistics. */
function commonCtes(query: ParsedQuery, p: Params, exact: number): string[] {
  return [
    `stats as materialized (select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
        from pg_stats where schemaname = current_schema() and tablename = 'search_doc' and attname = 'vector')`,
    `capped as materialized (select ${estimateSql(query, p)}
        * (select greatest(reltuples, 0) from pg_class where oid = 'search_doc'::regclass) > ${exact} as v)`,
  ];
}

/**
 * The decision alone (column `common`): a statement of its own, so the service can remember it
 * per query and leave it out of the search statement (it costs ~2 ms, the cost of a rare search).
 */
export function commonStatement(query: ParsedQuery, exact: number): { sql: string; params: unknown[] } {
  const p = new Params();
  return p.bind(`with ${commonCtes(query, p, exact).join(',\n  ')} select v as common from capped`);
}

/**
 * `few`: whether the selection leaves at most `exact` documents, read off the statistics as
 * `capped` is (counting them would read thousands of index entries for a large one). Each
 * selected facet's share is the sum of its values' frequencies (a value missing from the most
 * common ones counts as the least common of them); the selections are ANDed, so the smallest
 * share bounds the documents left. Without statistics (never analysed: a small database) few.
 */
function fewSql(selection: FacetSelection, names: FacetName[], p: Params, exact: number): string {
  const shares = names.map((n) => {
    const f = FACETS[n];
    const [vals, freqs] = f.list
      ? ['most_common_elems', 'most_common_elem_freqs']
      : ['most_common_vals', 'most_common_freqs'];
    // For element statistics the frequencies end with the minimum, maximum and null fraction.
    const least = f.list
      ? `s.${freqs}[cardinality(s.${vals}::text::text[]) + 1]`
      : `(select min(f) from unnest(s.${freqs}) f)`;
    return `(select sum(coalesce((select x.f from unnest(s.${vals}::text::text[], s.${freqs}) as x(v, f) where x.v = w), ${least}, 0))
        from pg_stats s cross join lateral unnest(${p.add(pgArray(selection[n]!.map(String)))}::text[]) as w
        where s.schemaname = current_schema() and s.tablename = 'search_doc' and s.attname = '${f.column}')`;
  });
  return `few as materialized (select coalesce(least(${shares.join(', ')}), 0)
      * (select greatest(reltuples, 0) from pg_class where oid = 'search_doc'::regclass) <= ${exact} as v)`;
}

/** SQL predicate over search_doc `d` for a parsed query; index-backed (GIN tsvector and trigram). */
function matchSql(query: ParsedQuery): string {
  if (query.groups.length === 0) return 'true';
  let i = 0;
  const groups = query.groups.map((group) =>
    group
      .map((term) => {
        const ts = `d.vector @@ (select m${i++} from tsq)`;
        return term.negated ? `not (${ts})` : ts;
      })
      .join(' and '),
  );
  return groups.map((g) => `(${g})`).join(' or ');
}

function selectionSql(name: FacetName, values: Array<string | number> | undefined, p: Params, alias = 'h'): string {
  if (!values?.length) return 'true';
  const f = FACETS[name];
  const type = name === 'year' ? 'int[]' : 'text[]';
  return f.list
    ? `${alias}.${f.column} && ${p.add(pgArray(values))}::${type}`
    : `${alias}.${f.column} = any(${p.add(pgArray(values))}::${type})`;
}

/**
 * How much of a search is computed exactly. Up to `exact` hits, everything is: ranking over
 * every hit, totalCount and facet counts. Above it, only a bounded candidate set is read and
 * ranked (see searchSql): the work no longer grows with the number of hits, only with the
 * number of documents whose heading holds the word (the heading index's list of them).
 */
export interface SearchCap {
  /** Hits up to which ranking, totalCount and facets are exact. */
  exact: number;
  /** Candidates ranked when there are more hits than `exact`. */
  candidates: number;
}

/**
 * The API's cap. A common word at scale 100 (200,000 projects, 2 M deliverables) matches
 * hundreds of thousands of documents; reading, ranking and faceting each costs a few to tens of
 * microseconds, and even the index's list of them grows with their number (21 s of database
 * time for `digitalisaatio`, 343,000 hits). The exact answer for 4,491 hits took 50-110 ms at
 * scale 10 and 2,000 candidates 50-100 ms at scale 100 (src/scripts/measure-search.ts, a busy
 * two-core machine), against the 150 ms target of QUALITY.md.
 */
export const SEARCH_CAP: SearchCap = { exact: 5000, candidates: 2000 };

/**
 * Facets whose search_doc column is indexed: every one (btree on kind; GIN on themes, regions
 * and municipalities each, and one GIN on the other lists, Migration20261129060000). Kind,
 * themes, regions and municipalities are also in one GIN index with the heading, so a common
 * word within them is found in one index scan (Migration20261129130000).
 */
const INDEXED_FACETS = Object.keys(FACETS) as FacetName[];

/** The heading of a search document: names, acronyms, keywords, aliases (A) and short texts (B). */
const HEADING = `ts_filter(d.vector, '{a,b}'::"char"[])`;

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
  /** Cap on the work done for common words (see SearchCap); without it everything is exact. */
  cap?: SearchCap;
  /**
   * Whether the query is over the cap, when already known (commonStatement, cached by the
   * service); otherwise the statement decides it from the statistics itself.
   */
  common?: boolean;
}

/**
 * The whole search in one statement: the hit set once, then the page (ranked, with highlighted
 * snippets and each node's view row) and every facet's counts from that same hit set — each
 * facet counted under the other facets' selections, so choosing a value keeps its siblings
 * visible and every count is exact.
 *
 * With a cap, whether the query is common is decided first, from the table statistics
 * (estimateSql), before any hit is read. When it matches at most `cap.exact` documents, the
 * hit set is every hit, as above, and the result is exact. Otherwise the hit set is a bounded
 * set of candidates, each passing the whole filter:
 * - with words to look for: documents whose heading (names, acronyms, keywords, aliases and
 *   summaries) holds one of the words as typed, through the heading index, then — when those
 *   are too few — the thesaurus's words too, then other documents holding a word anywhere;
 *   `cap.candidates` in all, from at most
 *   `cap.exact` documents of each kind examined. Only documents that pass the selections with
 *   an index of their own (kind, theme, region, municipality) are examined; a narrow selection of
 *   another facet may leave fewer;
 * - when browsing (no word to look for): the first `cap.candidates + 1` documents in the
 *   browse order (kind, name), read in that order from an index that also holds every facet
 *   column, so that a narrow filter is checked without reading the table (Migration
 *   20261129160000) — so the page order is exact.
 * The page is ranked among the candidates (and pages end with them), `total` counts them (a
 * lower bound; exact only when browsing found no more than `cap.candidates`), and facets
 * count them under the whole filter (lower bounds too). Column `exact` says whether every hit
 * was read; `total_exact` whether `total` is the true number.
 */
export function searchSql(input: SearchSqlInput): { sql: string; params: unknown[] } {
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
  const tsq = tsqSql(input.query, p, HEADLINE_CONFIG[input.lang]);
  const rank = hasPositive ? `ts_rank_cd(d.vector, (select rank from tsq))` : '0';
  const match = matchSql(input.query);
  const filtered = selected();
  const cfg = HEADLINE_CONFIG[input.lang];
  const inLang = (col: string) =>
    `nullif(h.${col}->>'${input.lang}', ''), nullif(h.${col}->>'fi', ''), nullif(h.${col}->>'sv', ''), nullif(h.${col}->>'en', '')`;
  // The description in the wanted language (with fallback), else the name: every hit gets a snippet.
  const text = (col: string) => `coalesce(${inLang(col)}, ${inLang('names')}, '')`;
  const want = input.want;
  // ... and the language it is in, in the same order.
  const langs = [input.lang, ...(['fi', 'sv', 'en'] as const).filter((l) => l !== input.lang)];
  const langIn = (col: string) =>
    `case ${langs.map((l) => `when nullif(h.${col}->>'${l}', '') is not null then '${l}'`).join(' ')} end`;
  const snippetLang =
    want && !want.snippet ? 'null' : `coalesce(${langIn('body')}, ${langIn('names')}, '${input.lang}')`;
  const snippet =
    want && !want.snippet
      ? 'null'
      : hasPositive
        ? `ts_headline('${cfg}', ${text('body')}, (select pos from tsq), 'StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`
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
  const cols = (alias: string) =>
    [
      `${alias}.id`,
      `${alias}.kind`,
      `${alias}.sort_name`,
      ...facetColumns.map((c) => c.replace(/^d\./, `${alias}.`)),
    ].join(', ');
  const ctes: string[] = tsq ? [`tsq as materialized (${tsq})`] : [];
  const cap = input.cap;
  const total = '(select count(*)::int from filtered)';
  let exact = 'true';
  let totalExact = 'true';
  if (!cap) {
    ctes.push(`hits as (select ${cols('d')}, ${rank} as score from search_doc d where ${match})`);
  } else {
    // Too many hits to read them all? Decided from the statistics, before reading any.
    if (input.common === undefined) ctes.push(...commonCtes(input.query, p, cap.exact));
    else ctes.push(`capped as materialized (select ${input.common ? 'true' : 'false'} as v)`);
    const filterOn = (alias: string) => names.map((n) => selectionSql(n, input.selection[n], p, alias)).join(' and ');
    // Every hit when there are few (the one-time filter skips this scan otherwise).
    const every = `select ${cols('d')}, ${rank} as score from search_doc d where (${match}) and not (select v from capped)`;
    if (hasPositive) {
      // Documents whose heading holds one of the words (not as a prefix) first, through their
      // own index. Such a document is a hit when every OR-group is one positive word; otherwise
      // the whole query is checked.
      const implied = input.query.groups.every((g) => g.length === 1 && !g[0].negated);
      const check = `${implied ? '' : `(${match}) and `}${filterOn('d')}`;
      // The selections with an index of their own narrow the documents examined (the index's
      // list ANDed to the word's), so that a narrow filter still fills the candidates.
      const narrowed = INDEXED_FACETS.filter((n) => input.selection[n]?.length)
        .map((n) => ` and ${selectionSql(n, input.selection[n], p, 'd')}`)
        .join('');
      const headed = (tsq: string, more = '') => `select ${cols('d')}, ${rank} as score
        from (select * from search_doc d where (select v from capped) and ${HEADING} @@ (select ${tsq} from tsq)${narrowed}${more}
               limit ${cap.exact}) d
        where ${check}`;
      if (input.query.groups.flat().some((t) => t.also)) {
        // The words as typed first: a thesaurus word may be far more common than they are (the
        // index reads every document of each word), and is read only when they are too few
        // (a limit of 0, as in `fill`, runs nothing below it).
        ctes.push(`typed as materialized (${headed('head_typed')} limit ${cap.candidates})`);
        ctes.push(
          `heading as materialized (select * from typed union all (${headed('head', ' and d.id not in (select id from typed)')}
            limit greatest(${cap.candidates} - (select count(*) from typed), 0)))`,
        );
      } else ctes.push(`heading as materialized (${headed('head')} limit ${cap.candidates})`);
      // ... then, when they are too few, other documents holding the words anywhere.
      const anywhere = `select * from search_doc d where (select v from capped) and d.vector @@ (select head from tsq)${narrowed}
                and d.id not in (select id from heading)`;
      let others = `${anywhere} limit ${cap.exact}`;
      const selectedFacets = INDEXED_FACETS.filter((n) => input.selection[n]?.length);
      if (selectedFacets.length) {
        // A selection that leaves few documents (a kind such as organisations, a small
        // municipality: hundreds at any scale) is read whole and each document checked for the
        // words. Through the word index, a common word's whole list is read to find the few that
        // pass (780,000 entries for `digitalisaatio` at scale 100: ~300 ms).
        ctes.push(
          fewSql(input.selection, selectedFacets, p, cap.exact),
          `narrow as materialized (select d.id from search_doc d where ${filterOn('d')} limit ${cap.exact + 1})`,
        );
        // Checked for the whole query (prefixes too, unlike the candidates' words), so that
        // every hit among them is found.
        others = `(select d.* from narrow k cross join lateral (select * from search_doc d where d.id = k.id offset 0) d
                where (select v from capped) and (select v from few) and (${match})
                  and d.id not in (select id from heading))
              union all (${anywhere} and not (select v from few) limit ${cap.exact})`;
        // Every document of the selection examined, and no limit reached: the total is exact.
        totalExact = `((select v from few) and (select count(*) from narrow) <= ${cap.exact}
          and (select count(*) from hits) < ${cap.candidates})`;
      }
      ctes.push(`fill as (select ${cols('d')}, ${rank} as score
        from (${others}) d
        where ${check} limit greatest(${cap.candidates} - (select count(*) from heading), 0))`);
      ctes.push(`hits as (${every} union all select * from heading union all select * from fill)`);
    } else {
      // Browsing: the first documents in browse order (score 0, kind, name), read in that order.
      ctes.push(`hits as (${every}
        union all (select ${cols('d')}, 0 as score from search_doc d where (select v from capped) and (${match}) and ${filterOn('d')}
          order by d.kind, d.sort_name, d.id limit ${cap.candidates + 1}))`);
      totalExact = `(not (select v from capped) or (select count(*) from filtered) <= ${cap.candidates})`;
    }
    exact = 'not (select v from capped)';
    if (hasPositive) totalExact = totalExact === 'true' ? exact : `(${exact} or ${totalExact})`;
  }
  const sql = `with ${ctes.join(',\n    ')},
    filtered as (select h.* from hits h where ${filtered}),
    page as (select h.*, d.names, d.body
      from (select h.* from filtered h order by ${order} limit ${input.first + 1} offset ${input.offset}) h
      join search_doc d on d.id = h.id)
    select
      ${want && !want.total ? 'null::int' : total} as total,
      (select coalesce(json_agg(json_build_object(
          'id', h.id, 'kind', h.kind, 'score', h.score, 'names', h.names, 'snippet', ${snippet}, 'snippet_lang', ${snippetLang},
          'node', case h.kind ${nodeCase} end) order by ${order}), '[]') from page h) as hits,
      json_build_object(${facets}) as facets,
      ${exact} as exact,
      ${totalExact} as total_exact`;
  return p.bind(sql);
}

/** Highlight markers ts_headline puts around matches (control characters no text contains). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
