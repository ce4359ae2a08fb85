/**
 * The columns the generator writes, per table, in foreign-key order (parents first), taken from
 * the migration. Every table also gets id, created_at, updated_at and provenance; columns left
 * out here (version, generated sort_name) keep their defaults.
 */
export type ColumnType = 'uuid' | 'text' | 'int' | 'date' | 'timestamptz' | 'jsonb' | 'text[]';

export const SYNTHETIC_TABLES = {
  funding_programme: {
    slug: 'text',
    name: 'jsonb',
    funder_id: 'uuid',
    legal_basis: 'text',
    initial_appropriation_eur: 'int',
    url: 'text',
  },
  funding_call: {
    programme_id: 'uuid',
    year: 'int',
    name: 'jsonb',
    themes_text: 'text',
    stated_goals: 'text',
    note: 'text',
    appropriation_eur: 'int',
    application_opens: 'date',
    application_closes: 'date',
    applications_received: 'int',
    decision_date: 'date',
    grants_awarded: 'int',
    total_awarded_eur: 'int',
    implementation_deadline: 'date',
    source_url: 'text',
  },
  project: {
    slug: 'text',
    acronym: 'text',
    name: 'jsonb',
    summary: 'jsonb',
    description: 'jsonb',
    themes: 'text[]',
    status: 'text',
    planned_start: 'date',
    planned_end: 'date',
    actual_start: 'date',
    actual_end: 'date',
    budget_eur: 'int',
    website: 'text',
    contacts: 'jsonb',
    outcomes: 'jsonb',
  },
  grant: {
    call_id: 'uuid',
    ordinal: 'int',
    lead_applicant_id: 'uuid',
    project_id: 'uuid',
    max_amount_eur: 'int',
    decision_reference: 'text',
    status: 'text',
    note: 'text',
  },
  participation: {
    project_id: 'uuid',
    organisation_id: 'uuid',
    role: 'text',
    from_date: 'date',
    to_date: 'date',
    contribution: 'jsonb',
  },
  project_link: { from_id: 'uuid', to_id: 'uuid', relation: 'text' },
  lesson_learned: { project_id: 'uuid', category: 'text', text: 'jsonb', mitigation: 'jsonb' },
  project_specification: { project_id: 'uuid', specification_id: 'uuid', relation: 'text' },
  deliverable: {
    kind: 'text',
    title: 'jsonb',
    short_description: 'jsonb',
    description: 'jsonb',
    keywords: 'text[]',
    licence: 'text',
    languages: 'text[]',
    development_status: 'text',
    maintenance_type: 'text',
    maintenance_until: 'date',
    contacts: 'jsonb',
    landing_url: 'text',
    repository_url: 'text',
    documentation_url: 'text',
    publisher_id: 'uuid',
    derived_from_id: 'uuid',
    published_at: 'date',
    last_verified_at: 'timestamptz',
  },
  deliverable_project: { deliverable_id: 'uuid', project_id: 'uuid', published_sort: 'date' },
  release: { deliverable_id: 'uuid', version: 'text', released_at: 'date', notes: 'jsonb', links: 'jsonb' },
  conformance: { deliverable_id: 'uuid', specification_id: 'uuid' },
  service_use: {
    project_id: 'uuid',
    deliverable_id: 'uuid',
    service_id: 'uuid',
    relation: 'text',
    description: 'jsonb',
    evidence_url: 'text',
  },
  adoption: {
    organisation_id: 'uuid',
    deliverable_id: 'uuid',
    status: 'text',
    mode: 'text',
    since: 'date',
    until: 'date',
    via_project_id: 'uuid',
    instance_url: 'text',
    use_case: 'jsonb',
    evidence_urls: 'text[]',
    verification: 'text',
    declared_by: 'uuid',
    last_confirmed_at: 'timestamptz',
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type SyntheticTable = keyof typeof SYNTHETIC_TABLES;

/** Parents before children: the order of inserts, and reversed, the order of deletes. */
export const TABLE_ORDER = Object.keys(SYNTHETIC_TABLES) as SyntheticTable[];

type ValueOf<C> = C extends 'int'
  ? number | null
  : C extends 'text[]'
    ? string[]
    : C extends 'jsonb'
      ? unknown
      : string | null;

/** One row to write: every column of the table, plus the common ones. */
export type Row<T extends SyntheticTable> = { id: string; created_at: string; updated_at: string } & {
  -readonly [K in keyof (typeof SYNTHETIC_TABLES)[T]]: ValueOf<(typeof SYNTHETIC_TABLES)[T][K]>;
};
