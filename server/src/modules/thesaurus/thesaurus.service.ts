import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { pgArray } from '../../graphql/loaders.js';
import { dataChanged } from '../../graphql/response-cache/generation.js';
import { validateInput } from '../../graphql/validation.js';
import { checkVersion, runWrite } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { authorize, isAdmin, requireViewer } from '../auth/auth.policy.js';
import { userSupplied } from '../project/project.service.js';
import { SearchConcept } from './search-concept.entity.js';
import type { SearchConceptInput, UpdateSearchConceptInput } from './thesaurus.inputs.js';
import { MAX_TERMS, normalTerm } from './thesaurus.terms.js';
import { reloadThesaurus, thesaurusChanged } from './thesaurus.sync.js';
import type { SearchConceptView } from './thesaurus.types.js';

const LANGS = ['fi', 'sv', 'en'] as const;
const ONLY_CURATORS = 'Only curators can edit the search thesaurus.';

interface ConceptRow {
  id: string;
  fi: string[];
  sv: string[];
  en: string[];
  version: number;
  updated_at: string;
}

const view = (r: ConceptRow): SearchConceptView => ({
  id: toGlobalId('SearchConcept', r.id),
  fi: r.fi,
  sv: r.sv,
  en: r.en,
  version: r.version,
  updatedAt: r.updated_at,
});

const COLUMNS = `c.id, c.fi, c.sv, c.en, c.version,
  to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at`;

/** The thesaurus in thesaurus order; with `term`, the concepts with a term containing it. */
export async function listConcepts(ctx: Context, term?: string | null): Promise<SearchConceptView[]> {
  const t = term == null ? '' : normalTerm(term);
  if (t.length > 60 || t.includes('\u0000')) {
    throw new BadUserInputError('term', '"term" must be at most 60 characters of text.');
  }
  const rows = await ctx.sql.all<ConceptRow>(
    `select ${COLUMNS} from search_concept c
      where ? = '' or exists (select 1 from unnest(c.fi || c.sv || c.en) x where strpos(x, ?) > 0)
      order by c.created_at, c.id`,
    [t, t],
  );
  return rows.map(view);
}

/** The input's terms, normalised, with the checks a list of terms alone cannot make. */
function termsOf(argumentName: string, input: SearchConceptInput): Record<(typeof LANGS)[number], string[]> {
  const out = Object.fromEntries(LANGS.map((l) => [l, [...new Set(input[l].map(normalTerm))]])) as Record<
    (typeof LANGS)[number],
    string[]
  >;
  const all = LANGS.flatMap((l) => out[l]);
  if (all.length < 2 || all.length > MAX_TERMS) {
    throw new BadUserInputError(argumentName, `A concept has 2 to ${MAX_TERMS} terms in all, got ${all.length}.`, 'fi');
  }
  const twice = all.find((t, i) => all.indexOf(t) !== i);
  if (twice) {
    const second = LANGS.filter((l) => out[l].includes(twice))[1];
    throw new BadUserInputError(argumentName, `"${twice}" is given in two languages; give it in one.`, second);
  }
  return out;
}

/**
 * BAD_USER_INPUT when a term is already one of another concept's: a word would otherwise name
 * two concepts at once. Serialised by a transaction-level lock, so two curators cannot add the
 * same term at the same moment.
 */
async function ensureTermsFree(
  em: EntityManager,
  argumentName: string,
  byLang: Record<(typeof LANGS)[number], string[]>,
  exceptId?: string,
) {
  const terms = LANGS.flatMap((l) => byLang[l]);
  await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext('search_concept'))`, [], 'all');
  const taken = await em.getConnection().execute<{ term: string }[]>(
    `select x as term from search_concept c, unnest(c.fi || c.sv || c.en) x
        where x = any(?::text[]) and c.id <> coalesce(?::uuid, '00000000-0000-0000-0000-000000000000') limit 1`,
    [pgArray(terms), exceptId ?? null],
    'all',
  );
  if (taken[0]) {
    const lang = LANGS.find((l) => byLang[l].includes(taken[0].term))!;
    throw new BadUserInputError(argumentName, `"${taken[0].term}" is already a term of another concept.`, lang);
  }
}

/** The concept a write made; NOT_FOUND when a retried request's concept was deleted since. */
async function conceptRow(ctx: Context, uuid: string): Promise<ConceptRow> {
  const row = await ctx.sql.one<ConceptRow>(`select ${COLUMNS} from search_concept c where c.id = ?`, [uuid]);
  if (!row) throw new NotFoundError('input', 'The concept was deleted in the meantime.');
  return row;
}

/** After a committed edit: the new thesaurus in use here and on the other instances, caches dropped. */
async function afterEdit(ctx: Context): Promise<void> {
  await reloadThesaurus(ctx.em);
  // Responses cached between the commit and the reload used the old thesaurus.
  dataChanged();
  thesaurusChanged();
}

const snapshot = (c: SearchConcept) => ({ fi: c.fi, sv: c.sv, en: c.en });

export async function createConcept(ctx: Context, input: SearchConceptInput, idem?: string | null) {
  authorize(isAdmin(requireViewer(ctx)), ONLY_CURATORS);
  await validateInput('input', input);
  const terms = termsOf('input', input);
  const id = await runWrite(
    ctx,
    { operation: 'createSearchConcept', idempotencyKey: idem, args: input },
    async ({ em, actor }) => {
      await ensureTermsFree(em, 'input', terms);
      const c = Object.assign(new SearchConcept(), terms);
      c.provenance = userSupplied();
      em.persist(c);
      audit(em, actor, { action: 'searchConcept.create', nodeType: 'SearchConcept', nodeId: c.id, after: snapshot(c) });
      return c.id;
    },
  );
  await afterEdit(ctx);
  return view(await conceptRow(ctx, id!));
}

export async function updateConcept(ctx: Context, input: UpdateSearchConceptInput, idem?: string | null) {
  authorize(isAdmin(requireViewer(ctx)), ONLY_CURATORS);
  await validateInput('input', input);
  const uuid = fromGlobalId(input.id, 'input', ['SearchConcept']).id;
  const terms = termsOf('input', input);
  const id = await runWrite(
    ctx,
    { operation: 'updateSearchConcept', idempotencyKey: idem, args: input },
    async ({ em, actor }) => {
      const c = await em.findOne(SearchConcept, uuid);
      if (!c) throw new NotFoundError('input', `No search concept with id ${input.id}.`);
      checkVersion(c, input.expectedVersion);
      await ensureTermsFree(em, 'input', terms, uuid);
      const before = snapshot(c);
      Object.assign(c, terms);
      audit(em, actor, {
        action: 'searchConcept.update',
        nodeType: 'SearchConcept',
        nodeId: c.id,
        before,
        after: snapshot(c),
      });
      return c.id;
    },
  );
  await afterEdit(ctx);
  return view(await conceptRow(ctx, id!));
}

export async function deleteConcept(ctx: Context, id: string, idem?: string | null) {
  authorize(isAdmin(requireViewer(ctx)), ONLY_CURATORS);
  const uuid = fromGlobalId(id, 'id', ['SearchConcept']).id;
  await runWrite(
    ctx,
    { operation: 'deleteSearchConcept', idempotencyKey: idem, args: { id } },
    async ({ em, actor }) => {
      const c = await em.findOne(SearchConcept, uuid);
      if (!c) throw new NotFoundError('id', `No search concept with id ${id}.`);
      audit(em, actor, {
        action: 'searchConcept.delete',
        nodeType: 'SearchConcept',
        nodeId: c.id,
        before: snapshot(c),
      });
      em.remove(c);
      return c.id;
    },
  );
  await afterEdit(ctx);
  return id;
}
