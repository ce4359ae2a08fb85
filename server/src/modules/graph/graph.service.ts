import { THEME_PARENT, type Lang, type ServiceRelation } from '../../domain/enums.js';
import { resolveText, type LocalizedText } from '../../domain/localized.js';
import { checkPattern, exactlyOne, orNotFound, SLUG } from '../../graphql/args.js';
import type { Contact } from '../../graphql/common.types.js';
import { Conditions } from '../../graphql/conditions.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { keysetPage } from '../../graphql/keyset.js';
import { asViews, type ViewRow } from '../../graphql/loaders.js';
import { connection, decodeOffsetCursor, encodeOffsetCursor, pageSize, type Connection } from '../../graphql/relay.js';
import { DELIVERABLE, DELIVERABLE_ORDER } from '../deliverable/deliverable.queries.js';
import { DeliverableOrder } from '../deliverable/deliverable.types.js';
import { nationalServiceBySlug } from '../national-service/national-service.loaders.js';
import { SERVICE_USE } from '../national-service/national-service.queries.js';
import { nodeLoaders } from '../node-loaders.js';
import { specificationBySlug } from '../specification/specification.loaders.js';
import { EDGES, GRAPH_NODE_TYPES, REUSE_EDGES, type GraphNodeType } from './graph.edges.js';
import {
  adoptersLikeMeSql,
  CONFORMS_TO_SPECIFICATION,
  coverageGapSql,
  neighbourhoodSql,
  projectsAfterEndSql,
  relatedProjectsSql,
  reuseChainSql,
  SERVICE_USE_ORDER,
  similarMunicipalitiesSql,
  STATS_SQL,
  type BuiltSql,
} from './graph.queries.js';
import type {
  AdopterLikeMe,
  CoverageGap,
  GraphEdge,
  GraphEdgeType,
  GraphNode,
  GraphStats,
  Neighbourhood,
  ProjectReuseStats,
  ReasonItem,
  RelatedProject,
  RelatedReason,
  ReuseChain,
  SimilarityReason,
  SimilarMunicipality,
} from './graph.types.js';

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

/** Bounds of the graph queries' arguments. */
export const GRAPH_LIMITS = {
  depth: { min: 1, max: 4, default: 2 },
  hops: { min: 1, max: 2, default: 1 },
  limit: { min: 1, max: 5000, default: 500 },
  /** Ranked top lists (relatedProjects, similarMunicipalities). */
  top: { min: 1, max: 50, default: 10 },
  /** Nodes of a reuse chain. */
  chainNodes: 500,
} as const;

/** An integer argument within bounds, else BAD_USER_INPUT naming it. */
export function intArg(
  value: number | null | undefined,
  bounds: { min: number; max: number; default: number },
  argumentName: string,
): number {
  const n = value ?? bounds.default;
  if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) {
    throw new BadUserInputError(
      argumentName,
      `"${argumentName}" must be between ${bounds.min} and ${bounds.max}, got ${n}.`,
    );
  }
  return n;
}

const slugArg = (value: string, argumentName: string) =>
  checkPattern(value, SLUG, argumentName, 'a slug of lower-case letters, digits and hyphens');
const municipalityCodeArg = (value: string, argumentName: string) =>
  checkPattern(value, /^\d{3}$/, argumentName, 'a 3-digit municipality code such as "564"');
const regionCodeArg = (value: string, argumentName: string) =>
  checkPattern(value, /^\d{2}$/, argumentName, 'a 2-digit region code such as "17"');

// ---------------------------------------------------------------------------------------------
// Rows from JSON
// ---------------------------------------------------------------------------------------------

/** A view row read as JSON: made a view of its type and primed into the type's by-id loader. */
function primed(ctx: Context, typename: string, row: object): ViewRow {
  const [view] = asViews(typename, [row as { uuid: string }], ctx.sql);
  nodeLoaders[typename](ctx).prime(view.uuid, view);
  return view;
}

type ItemJson = [value: string | null, typename: string | null, uuid: string | null, names: LocalizedText | null];
interface ReasonJson {
  kind: string;
  weight: number;
  items: ItemJson[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function reasonItem([value, typename, uuid, names]: ItemJson): ReasonItem {
  const id = typename && uuid ? toGlobalId(typename, uuid) : null;
  return { value: value ?? id ?? '', id, labelTranslations: names };
}

function reasons<T extends RelatedReason | SimilarityReason>(list: ReasonJson[]): T[] {
  return list.map((r) => ({ kind: r.kind, weight: round(r.weight), items: r.items.map(reasonItem) }) as T);
}

async function one<T>(ctx: Context, q: BuiltSql): Promise<T> {
  return (await ctx.sql.one<T>(q.sql, q.params))!;
}

// ---------------------------------------------------------------------------------------------
// Lists: service uses and conforming deliverables
// ---------------------------------------------------------------------------------------------

/** Projects and deliverables that use a national service (and how): projects first. */
export async function projectsUsingService(
  ctx: Context,
  args: { service: string; relation?: ServiceRelation | null; first?: number | null; after?: string | null },
): Promise<Connection<ViewRow>> {
  slugArg(args.service, 'service');
  const first = pageSize(args.first);
  const service = orNotFound(await nationalServiceBySlug(ctx).load(args.service), 'service', 'national service');
  const c = new Conditions().value(service.uuid, 't.service_id = ?::uuid').value(args.relation, 't.relation = ?');
  return keysetPage(ctx.sql, SERVICE_USE, { ...c.build(), orderBy: SERVICE_USE_ORDER, first, after: args.after });
}

/** Deliverables that conform to a specification, newest first. */
export async function deliverablesConformingTo(
  ctx: Context,
  args: { specification: string; first?: number | null; after?: string | null },
): Promise<Connection<ViewRow>> {
  slugArg(args.specification, 'specification');
  const first = pageSize(args.first);
  const spec = orNotFound(await specificationBySlug(ctx).load(args.specification), 'specification', 'specification');
  const order = DELIVERABLE_ORDER[DeliverableOrder.RECENT];
  return keysetPage(ctx.sql, DELIVERABLE, {
    ...new Conditions().value(spec.uuid, CONFORMS_TO_SPECIFICATION).build(),
    orderBy: order.expr,
    direction: order.direction,
    first,
    after: args.after,
  });
}

// ---------------------------------------------------------------------------------------------
// Related projects
// ---------------------------------------------------------------------------------------------

const TOP_THEMES = Object.entries(THEME_PARENT)
  .filter(([theme, parent]) => theme === parent)
  .map(([theme]) => theme);

/** Projects ranked by shared services, specifications, participants, themes and similar names. */
export async function relatedProjects(
  ctx: Context,
  args: { project: string; first?: number | null },
): Promise<RelatedProject[]> {
  const first = intArg(args.first, GRAPH_LIMITS.top, 'first');
  const by = SLUG.test(args.project)
    ? { slug: args.project }
    : { id: fromGlobalId(args.project, 'project', ['Project']).id };
  const row = await one<{
    source: string | null;
    items: Array<{ score: number; reasons: ReasonJson[]; node: object }>;
  }>(ctx, relatedProjectsSql(by, first, TOP_THEMES));
  if (!row.source) throw new NotFoundError('project', 'No project found for "project".');
  return row.items.map((r) => ({
    project: primed(ctx, 'Project', r.node) as never,
    score: round(r.score),
    reasons: reasons<RelatedReason>(r.reasons),
  }));
}

// ---------------------------------------------------------------------------------------------
// Similar municipalities, adopters like me
// ---------------------------------------------------------------------------------------------

export async function similarMunicipalities(
  ctx: Context,
  args: { municipality: string; first?: number | null },
): Promise<SimilarMunicipality[]> {
  municipalityCodeArg(args.municipality, 'municipality');
  const first = intArg(args.first, GRAPH_LIMITS.top, 'first');
  const row = await one<{ me: string | null; items: Array<{ score: number; reasons: ReasonJson[]; node: object }> }>(
    ctx,
    similarMunicipalitiesSql(args.municipality, first),
  );
  if (!row.me) throw new NotFoundError('municipality', 'No municipality found for "municipality".');
  return row.items.map((r) => ({
    municipality: primed(ctx, 'Organisation', r.node) as never,
    score: round(r.score),
    reasons: reasons<SimilarityReason>(r.reasons),
  }));
}

interface AdopterJson {
  score: number;
  reasons: ReasonJson[];
  adoption: ViewRow;
  organisation: ViewRow;
  viaProjectContacts: Contact[] | null;
}

export async function adoptersLikeMe(
  ctx: Context,
  args: { deliverable: string; municipality: string; first?: number | null; after?: string | null },
): Promise<Connection<AdopterLikeMe>> {
  const { id: deliverable } = fromGlobalId(args.deliverable, 'deliverable', ['Deliverable']);
  municipalityCodeArg(args.municipality, 'municipality');
  const first = pageSize(args.first);
  const offset = decodeOffsetCursor(args.after);
  const row = await one<{
    me: string | null;
    deliverable: string | null;
    total: number;
    publisherContacts: Contact[];
    items: AdopterJson[];
  }>(ctx, adoptersLikeMeSql(deliverable, args.municipality, offset, first));
  if (!row.deliverable) throw new NotFoundError('deliverable', 'No deliverable found for "deliverable".');
  if (!row.me) throw new NotFoundError('municipality', 'No municipality found for "municipality".');
  const items = row.items.map((r): AdopterLikeMe => {
    const adoption = primed(ctx, 'Adoption', r.adoption);
    const organisation = primed(ctx, 'Organisation', r.organisation);
    return {
      adoption: adoption as never,
      organisation: organisation as never,
      score: round(r.score),
      reasons: reasons<SimilarityReason>(r.reasons),
      status: adoption.status as AdopterLikeMe['status'],
      verification: adoption.verification as AdopterLikeMe['verification'],
      countsAsReuse: adoption.countsAsReuse as boolean,
      contact: {
        adopterWebsite: (organisation.website as string | null) ?? null,
        instanceUrl: (adoption.instanceUrl as string | null) ?? null,
        evidenceUrls: (adoption.evidenceUrls as string[]) ?? [],
        viaProjectContacts: r.viaProjectContacts ?? [],
        publisherContacts: row.publisherContacts,
      },
    };
  });
  return connection(
    items,
    first,
    (_, i) => encodeOffsetCursor(offset + i + 1),
    () => row.total,
    offset > 0,
  );
}

// ---------------------------------------------------------------------------------------------
// Coverage gap
// ---------------------------------------------------------------------------------------------

export async function coverageGap(
  ctx: Context,
  args: {
    specification?: string | null;
    nationalService?: string | null;
    region: string;
    first?: number | null;
    after?: string | null;
  },
): Promise<CoverageGap> {
  const target = exactlyOne({ specification: args.specification, nationalService: args.nationalService }) as
    'specification' | 'nationalService';
  const slug = slugArg(args[target]!, target);
  regionCodeArg(args.region, 'region');
  const first = pageSize(args.first);
  const offset = decodeOffsetCursor(args.after);
  const row = await one<{
    region: object | null;
    target: object | null;
    municipalityCount: number;
    coveredCount: number;
    items: object[];
  }>(ctx, coverageGapSql(target, slug, args.region, offset, first));
  if (!row.region) throw new NotFoundError('region', 'No region found for "region".');
  if (!row.target) {
    throw new NotFoundError(
      target,
      `No ${target === 'specification' ? 'specification' : 'national service'} found for "${target}".`,
    );
  }
  const targetView = primed(ctx, target === 'specification' ? 'Specification' : 'NationalService', row.target);
  const uncoveredCount = row.municipalityCount - row.coveredCount;
  return {
    region: primed(ctx, 'Region', row.region) as never,
    specification: target === 'specification' ? (targetView as never) : null,
    nationalService: target === 'nationalService' ? (targetView as never) : null,
    municipalityCount: row.municipalityCount,
    coveredCount: row.coveredCount,
    uncoveredCount,
    uncovered: connection(
      row.items.map((r) => primed(ctx, 'Organisation', r)),
      first,
      (_, i) => encodeOffsetCursor(offset + i + 1),
      () => uncoveredCount,
      offset > 0,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Walks: reuse chain and neighbourhood
// ---------------------------------------------------------------------------------------------

type EdgeJson = [type: GraphEdgeType, source: string, target: string];

function graphEdges(list: EdgeJson[], ids: Map<string, string>): GraphEdge[] {
  return list.map(([type, s, t]) => ({ type, source: ids.get(s)!, target: ids.get(t)! }));
}

/** What a project or deliverable came from and led to, `depth` steps (1..4) either way. */
export async function reuseChain(ctx: Context, args: { node: string; depth?: number | null }): Promise<ReuseChain> {
  const { type, id } = fromGlobalId(args.node, 'node', ['Project', 'Deliverable']);
  const depth = intArg(args.depth, GRAPH_LIMITS.depth, 'depth');
  const limit = GRAPH_LIMITS.chainNodes;
  const row = await one<{
    found: boolean;
    reachedCount: number;
    projects: ViewRow[];
    deliverables: ViewRow[];
    organisations: ViewRow[];
    edges: EdgeJson[];
  }>(
    ctx,
    reuseChainSql({
      root: { type: type as GraphNodeType, id },
      edges: REUSE_EDGES,
      maxHops: depth,
      limit,
      leaves: ['Organisation'],
    }),
  );
  if (!row.found) throw new NotFoundError('node', `No ${type} with id ${args.node}.`);
  const all: Array<{ typename: string; row: ViewRow }> = [
    ...row.projects.map((r) => ({ typename: 'Project', row: r })),
    ...row.deliverables.map((r) => ({ typename: 'Deliverable', row: r })),
    ...row.organisations.map((r) => ({ typename: 'Organisation', row: r })),
  ];
  all.sort((a, b) => (a.row._hop as number) - (b.row._hop as number) || (a.row._rn as number) - (b.row._rn as number));
  const ids = new Map<string, string>();
  const nodes = all.map(({ typename, row: r }) => {
    delete r._hop;
    delete r._rn;
    const view = primed(ctx, typename, r);
    ids.set(view.uuid, view.id);
    return view;
  });
  return {
    root: nodes.find((n) => n.uuid === id) as never,
    nodes: nodes as never[],
    edges: graphEdges(row.edges, ids),
    truncated: row.reachedCount > limit,
  };
}

type NodeJson = [
  kind: string,
  uuid: string,
  hop: number,
  names: LocalizedText | null,
  fallback: string | null,
  suffix: string | null,
];

/** The nodes and typed edges within `hops` (1..2) of any node, at most `limit` (1..5000) nodes. */
export async function neighbourhood(
  ctx: Context,
  args: { node: string; hops?: number | null; limit?: number | null; kinds?: GraphEdgeType[] | null; lang: Lang },
): Promise<Neighbourhood> {
  const { type, id } = fromGlobalId(args.node, 'node', GRAPH_NODE_TYPES);
  const hops = intArg(args.hops, GRAPH_LIMITS.hops, 'hops');
  const limit = intArg(args.limit, GRAPH_LIMITS.limit, 'limit');
  if (args.kinds && args.kinds.length === 0) {
    throw new BadUserInputError('kinds', '"kinds" must list at least one edge type (or be left out).');
  }
  const kinds = args.kinds ? new Set(args.kinds) : null;
  const row = await one<{ found: boolean; reachedCount: number; nodes: NodeJson[]; edges: EdgeJson[] }>(
    ctx,
    neighbourhoodSql({
      root: { type: type as GraphNodeType, id },
      edges: kinds ? EDGES.filter((e) => kinds.has(e.type)) : EDGES,
      maxHops: hops,
      limit,
    }),
  );
  if (!row.found) throw new NotFoundError('node', `No ${type} with id ${args.node}.`);
  const ids = new Map<string, string>();
  const nodes = row.nodes.map(([kind, uuid, hop, names, fallback, suffix]): GraphNode => {
    const gid = toGlobalId(kind, uuid);
    ids.set(uuid, gid);
    const text = resolveText(names, args.lang);
    return {
      id: gid,
      typename: kind,
      label: (text?.text ?? fallback ?? kind) + (suffix ?? ''),
      labelLang: text?.lang ?? null,
      hops: hop,
    };
  });
  return {
    centre: nodes[0],
    nodes,
    edges: graphEdges(row.edges, ids),
    truncated: row.reachedCount > limit,
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

export async function stats(ctx: Context): Promise<GraphStats> {
  const row = (await ctx.sql.one<GraphStats & { grantsByRegion: Array<{ region: object | null }> }>(STATS_SQL))!;
  for (const r of row.grantsByRegion) {
    if (r.region) r.region = primed(ctx, 'Region', r.region) as never;
  }
  return row as GraphStats;
}

export async function projectsAfterEnd(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ProjectReuseStats>> {
  const first = pageSize(args.first);
  const offset = decodeOffsetCursor(args.after);
  const row = await one<{ total: number; items: Array<Omit<ProjectReuseStats, 'project'> & { node: object }> }>(
    ctx,
    projectsAfterEndSql(offset, first),
  );
  const items = row.items.map(({ node, ...rest }) => ({ ...rest, project: primed(ctx, 'Project', node) as never }));
  return connection(
    items,
    first,
    (_, i) => encodeOffsetCursor(offset + i + 1),
    () => row.total,
    offset > 0,
  );
}
