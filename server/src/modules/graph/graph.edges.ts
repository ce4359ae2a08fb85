import { GraphEdgeType } from './graph.types.js';

/** The node types a graph walk can reach, with their tables. */
export const GRAPH_NODE_TABLES = {
  Project: 'project',
  Deliverable: 'deliverable',
  Organisation: 'organisation',
  NationalService: 'national_service',
  Specification: 'specification',
  Region: 'region',
  Grant: '"grant"',
  FundingCall: 'funding_call',
} as const;

export type GraphNodeType = keyof typeof GRAPH_NODE_TABLES;
export const GRAPH_NODE_TYPES = Object.keys(GRAPH_NODE_TABLES) as GraphNodeType[];

/**
 * One kind of edge as stored: `source <type> target`, read from one table (alias `e`).
 * Everything here is fixed SQL text; nothing comes from a client.
 */
export interface EdgeDef {
  type: GraphEdgeType;
  source: GraphNodeType;
  target: GraphNodeType;
  /** Table with alias `e`. */
  from: string;
  /** Id columns of the source and target. */
  s: string;
  t: string;
  where?: string;
  /**
   * The end with few edges of this kind (a deliverable has few adopters; an organisation may
   * take part in thousands of projects): edges between known nodes are looked up from it.
   */
  driver: 'source' | 'target';
}

const link = (type: GraphEdgeType): EdgeDef => ({
  type,
  source: 'Project',
  target: 'Project',
  from: 'project_link e',
  s: 'e.from_id',
  t: 'e.to_id',
  where: `e.relation = '${type}'`,
  driver: 'source',
});

type Def = Omit<EdgeDef, 'from' | 's' | 't' | 'where'>;
const edge = (def: Def, from: string, s: string, t: string, where?: string): EdgeDef => ({ ...def, from, s, t, where });
const T = GraphEdgeType;

export const EDGES: readonly EdgeDef[] = [
  edge(
    { type: T.LEADS, source: 'Organisation', target: 'Project', driver: 'target' },
    'participation e',
    'e.organisation_id',
    'e.project_id',
    `e.role = 'LEAD_APPLICANT'`,
  ),
  edge(
    { type: T.PARTICIPATES_IN, source: 'Organisation', target: 'Project', driver: 'target' },
    'participation e',
    'e.organisation_id',
    'e.project_id',
    `e.role <> 'LEAD_APPLICANT'`,
  ),
  edge(
    { type: T.LEADS, source: 'Organisation', target: 'Grant', driver: 'target' },
    '"grant" e',
    'e.lead_applicant_id',
    'e.id',
  ),
  edge(
    { type: T.FUNDED_BY, source: 'Project', target: 'Grant', driver: 'target' },
    '"grant" e',
    'e.project_id',
    'e.id',
  ),
  edge(
    { type: T.FUNDED_BY, source: 'Grant', target: 'FundingCall', driver: 'source' },
    '"grant" e',
    'e.id',
    'e.call_id',
  ),
  edge(
    { type: T.PRODUCED, source: 'Project', target: 'Deliverable', driver: 'target' },
    'deliverable_project e',
    'e.project_id',
    'e.deliverable_id',
  ),
  edge(
    { type: T.ADOPTED, source: 'Organisation', target: 'Deliverable', driver: 'target' },
    'adoption e',
    'e.organisation_id',
    'e.deliverable_id',
  ),
  edge(
    { type: T.USES_SERVICE, source: 'Project', target: 'NationalService', driver: 'source' },
    'service_use e',
    'e.project_id',
    'e.service_id',
  ),
  edge(
    { type: T.USES_SERVICE, source: 'Deliverable', target: 'NationalService', driver: 'source' },
    'service_use e',
    'e.deliverable_id',
    'e.service_id',
  ),
  edge(
    { type: T.APPLIES_SPECIFICATION, source: 'Project', target: 'Specification', driver: 'source' },
    'project_specification e',
    'e.project_id',
    'e.specification_id',
    `e.relation = 'APPLIED'`,
  ),
  edge(
    { type: T.PUBLISHED, source: 'Project', target: 'Specification', driver: 'source' },
    'project_specification e',
    'e.project_id',
    'e.specification_id',
    `e.relation = 'PUBLISHED'`,
  ),
  edge(
    { type: T.PUBLISHED, source: 'Organisation', target: 'Deliverable', driver: 'target' },
    'deliverable e',
    'e.publisher_id',
    'e.id',
  ),
  edge(
    { type: T.CONFORMS_TO, source: 'Deliverable', target: 'Specification', driver: 'source' },
    'conformance e',
    'e.deliverable_id',
    'e.specification_id',
  ),
  edge(
    { type: T.LOCATED_IN, source: 'Organisation', target: 'Region', driver: 'source' },
    'organisation e',
    'e.id',
    'e.region_id',
  ),
  link(T.CONTINUES),
  link(T.DERIVED_FROM),
  link(T.SUPERSEDES),
  edge(
    { type: T.DERIVED_FROM, source: 'Deliverable', target: 'Deliverable', driver: 'source' },
    'deliverable e',
    'e.id',
    'e.derived_from_id',
  ),
];

/** The edges of a reuse chain: project links, what projects produced, derivatives and adopters. */
export const REUSE_EDGES: readonly EdgeDef[] = EDGES.filter(
  (d) =>
    (d.source === 'Project' && d.target === 'Project') ||
    d.type === GraphEdgeType.PRODUCED ||
    (d.type === GraphEdgeType.DERIVED_FROM && d.source === 'Deliverable') ||
    d.type === GraphEdgeType.ADOPTED,
);
