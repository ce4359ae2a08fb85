import { Migration } from '@mikro-orm/migrations';

export class Migration20261127202421 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(
      `create table "project" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "slug" varchar(120) not null, "acronym" varchar(60) null, "name" jsonb not null, "summary" jsonb not null default '{}', "description" jsonb not null default '{}', "themes" text[] not null default '{}', "status" text check ("status" in ('PLANNED', 'FUNDED', 'ONGOING', 'COMPLETED', 'DISCONTINUED')) not null default 'PLANNED', "planned_start" date null, "planned_end" date null, "actual_start" date null, "actual_end" date null, "budget_eur" int null, "website" varchar(500) null, "contacts" jsonb not null default '[]', "outcomes" jsonb not null default '[]', "sort_name" varchar(500) generated always as (lower(coalesce(name->>'fi', name->>'sv', name->>'en', slug))) stored null, constraint "project_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "project" add constraint "project_slug_unique" unique ("slug");`);
    this.addSql(`create index "project_status_index" on "project" ("status");`);
    this.addSql(`create index "project_themes_index" on "project" using GIN ("themes");`);
    this.addSql(`create index "project_sort_name_id_index" on "project" ("sort_name", "id");`);

    this.addSql(
      `create table "lesson_learned" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "category" varchar(60) not null, "text" jsonb not null, "mitigation" jsonb not null default '{}', constraint "lesson_learned_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lesson_learned_project_id_index" on "lesson_learned" ("project_id");`);

    this.addSql(
      `create table "project_link" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "from_id" uuid not null, "to_id" uuid not null, "relation" text check ("relation" in ('CONTINUES', 'DERIVED_FROM', 'SUPERSEDES')) not null, constraint "project_link_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "project_link_from_id_index" on "project_link" ("from_id");`);
    this.addSql(`create index "project_link_to_id_index" on "project_link" ("to_id");`);
    this.addSql(
      `alter table "project_link" add constraint "project_link_from_id_to_id_relation_unique" unique ("from_id", "to_id", "relation");`,
    );

    this.addSql(
      `create table "region" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(2) not null, "name" jsonb not null, constraint "region_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(
      `create table "organisation" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "slug" varchar(120) not null, "kind" text check ("kind" in ('MUNICIPALITY', 'JOINT_MUNICIPAL_AUTHORITY', 'WELLBEING_SERVICES_COUNTY', 'REGIONAL_COUNCIL', 'IN_HOUSE_COMPANY', 'STATE_AGENCY', 'MINISTRY', 'ASSOCIATION', 'COMPANY', 'UNIVERSITY', 'OTHER')) not null, "name" jsonb not null, "municipality_code" varchar(3) null, "business_id" varchar(9) null, "region_id" uuid null, "population" int null, "language_status" text check ("language_status" in ('FINNISH', 'SWEDISH', 'BILINGUAL_FINNISH_MAJORITY', 'BILINGUAL_SWEDISH_MAJORITY')) null, "parent_id" uuid null, "member_of_id" uuid null, "successor_of_id" uuid null, "website" varchar(500) null, "lat" double precision null, "lon" double precision null, "aliases" text[] not null default '{}', constraint "organisation_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_slug_unique" unique ("slug");`);
    this.addSql(`create index "organisation_kind_index" on "organisation" ("kind");`);
    this.addSql(
      `alter table "organisation" add constraint "organisation_municipality_code_unique" unique ("municipality_code");`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_business_id_unique" unique ("business_id");`);
    this.addSql(`create index "organisation_region_id_index" on "organisation" ("region_id");`);
    this.addSql(`create index "organisation_parent_id_index" on "organisation" ("parent_id");`);
    this.addSql(`create index "organisation_member_of_id_index" on "organisation" ("member_of_id");`);
    this.addSql(`create index "organisation_successor_of_id_index" on "organisation" ("successor_of_id");`);

    this.addSql(
      `create table "participation" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "organisation_id" uuid not null, "role" text check ("role" in ('LEAD_APPLICANT', 'PARTNER', 'PILOT', 'STEERING_GROUP', 'SOFTWARE_VENDOR', 'CONSULTANT', 'EXPERT_PARTNER', 'FUNDER', 'OBSERVER')) not null, "from_date" date null, "to_date" date null, "contribution" jsonb not null default '{}', constraint "participation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "participation_project_id_index" on "participation" ("project_id");`);
    this.addSql(`create index "participation_organisation_id_index" on "participation" ("organisation_id");`);
    this.addSql(
      `alter table "participation" add constraint "participation_project_id_organisation_id_role_unique" unique ("project_id", "organisation_id", "role");`,
    );

    this.addSql(
      `create table "national_service" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "name" jsonb not null, "kind" text check ("kind" in ('IDENTIFICATION', 'AUTHORISATION', 'MESSAGING', 'PAYMENTS', 'DATA_EXCHANGE_LAYER', 'SERVICE_CATALOGUE', 'E_PERMIT_PLATFORM', 'NATIONAL_INFORMATION_SYSTEM', 'INTEROPERABILITY_PLATFORM', 'GEOSPATIAL_PLATFORM', 'OPEN_DATA_PORTAL', 'ASSESSMENT_TOOL', 'KNOWLEDGE_BASE', 'OTHER')) not null, "provider_id" uuid null, "provider_text" jsonb not null default '{}', "description" jsonb not null default '{}', "url" varchar(500) null, constraint "national_service_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "national_service" add constraint "national_service_slug_unique" unique ("slug");`);
    this.addSql(`create index "national_service_provider_id_index" on "national_service" ("provider_id");`);

    this.addSql(
      `create table "funding_programme" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "name" jsonb not null, "funder_id" uuid null, "legal_basis" text null, "initial_appropriation_eur" int null, "url" varchar(500) null, constraint "funding_programme_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "funding_programme" add constraint "funding_programme_slug_unique" unique ("slug");`);
    this.addSql(`create index "funding_programme_funder_id_index" on "funding_programme" ("funder_id");`);

    this.addSql(
      `create table "funding_call" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" uuid not null, "year" int not null, "name" jsonb not null, "themes_text" text null, "stated_goals" text null, "note" text null, "appropriation_eur" int null, "application_opens" date null, "application_closes" date null, "applications_received" int null, "decision_date" date null, "grants_awarded" int null, "total_awarded_eur" int null, "implementation_deadline" date null, "source_url" varchar(500) null, constraint "funding_call_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "funding_call_programme_id_index" on "funding_call" ("programme_id");`);
    this.addSql(
      `alter table "funding_call" add constraint "funding_call_programme_id_year_unique" unique ("programme_id", "year");`,
    );

    this.addSql(
      `create table "grant" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "call_id" uuid not null, "ordinal" int not null, "lead_applicant_id" uuid null, "project_id" uuid null, "max_amount_eur" int null, "decision_reference" varchar(200) null, "status" text check ("status" in ('AWARDED', 'PENDING', 'WITHDRAWN')) not null default 'AWARDED', "note" text null, constraint "grant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "grant_call_id_index" on "grant" ("call_id");`);
    this.addSql(`create index "grant_lead_applicant_id_index" on "grant" ("lead_applicant_id");`);
    this.addSql(`create index "grant_project_id_index" on "grant" ("project_id");`);
    this.addSql(`alter table "grant" add constraint "grant_call_id_ordinal_unique" unique ("call_id", "ordinal");`);

    this.addSql(
      `create table "deliverable" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text check ("kind" in ('SOFTWARE', 'SOFTWARE_EXTENSION', 'CONFIGURATION', 'API_SPECIFICATION', 'DATA_MODEL', 'CODE_LIST', 'VOCABULARY', 'DATASET', 'PROCESS_MODEL', 'GUIDELINE', 'HANDBOOK', 'REPORT', 'TRAINING_MATERIAL', 'PROCUREMENT_TEMPLATE', 'CONTRACT_TEMPLATE', 'OPERATING_MODEL', 'PRESENTATION', 'OTHER')) not null, "title" jsonb not null, "short_description" jsonb not null default '{}', "description" jsonb not null default '{}', "keywords" text[] not null default '{}', "licence" varchar(100) null, "languages" text[] not null default '{}', "development_status" text check ("development_status" in ('CONCEPT', 'DEVELOPMENT', 'BETA', 'STABLE', 'OBSOLETE')) null, "maintenance_type" varchar(40) null, "maintenance_until" date null, "contacts" jsonb not null default '[]', "landing_url" varchar(500) null, "repository_url" varchar(500) null, "documentation_url" varchar(500) null, "publisher_id" uuid null, "derived_from_id" uuid null, "published_at" date null, "last_verified_at" timestamptz null, constraint "deliverable_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "deliverable_kind_index" on "deliverable" ("kind");`);
    this.addSql(`create index "deliverable_licence_index" on "deliverable" ("licence");`);
    this.addSql(`create index "deliverable_publisher_id_index" on "deliverable" ("publisher_id");`);
    this.addSql(`create index "deliverable_derived_from_id_index" on "deliverable" ("derived_from_id");`);

    this.addSql(
      `create table "deliverable_project" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deliverable_id" uuid not null, "project_id" uuid not null, constraint "deliverable_project_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "deliverable_project_deliverable_id_index" on "deliverable_project" ("deliverable_id");`);
    this.addSql(`create index "deliverable_project_project_id_index" on "deliverable_project" ("project_id");`);
    this.addSql(
      `alter table "deliverable_project" add constraint "deliverable_project_deliverable_id_project_id_unique" unique ("deliverable_id", "project_id");`,
    );

    this.addSql(
      `create table "adoption" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "organisation_id" uuid not null, "deliverable_id" uuid not null, "status" text check ("status" in ('EVALUATING', 'PLANNED', 'PILOTING', 'IN_PRODUCTION', 'DISCONTINUED')) not null, "mode" text check ("mode" in ('AS_IS', 'CONFIGURED', 'ADAPTED_VARIANT', 'METHOD_ONLY', 'CONTRIBUTED_UPSTREAM')) null, "since" date null, "until" date null, "via_project_id" uuid null, "instance_url" varchar(500) null, "use_case" jsonb not null default '{}', "evidence_urls" text[] not null default '{}', "verification" text check ("verification" in ('HARVESTED', 'DECLARED_BY_PUBLISHER', 'DECLARED_BY_ADOPTER', 'VERIFIED')) not null, "declared_by" uuid null, "last_confirmed_at" timestamptz null, constraint "adoption_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "adoption_organisation_id_index" on "adoption" ("organisation_id");`);
    this.addSql(`create index "adoption_deliverable_id_index" on "adoption" ("deliverable_id");`);
    this.addSql(`create index "adoption_via_project_id_index" on "adoption" ("via_project_id");`);
    this.addSql(`create index "adoption_verification_index" on "adoption" ("verification");`);
    this.addSql(
      `alter table "adoption" add constraint "adoption_organisation_id_deliverable_id_unique" unique ("organisation_id", "deliverable_id");`,
    );

    this.addSql(
      `create table "release" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deliverable_id" uuid not null, "version" varchar(60) not null, "released_at" date null, "notes" jsonb not null default '{}', "links" jsonb not null default '[]', constraint "release_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "release_deliverable_id_index" on "release" ("deliverable_id");`);
    this.addSql(
      `alter table "release" add constraint "release_deliverable_id_version_unique" unique ("deliverable_id", "version");`,
    );

    this.addSql(
      `create table "service_use" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid null, "deliverable_id" uuid null, "service_id" uuid not null, "relation" text check ("relation" in ('AUTHENTICATES_WITH', 'AUTHORISES_WITH', 'NOTIFIES_VIA', 'PAYS_WITH', 'EXCHANGES_DATA_VIA', 'PUBLISHES_TO', 'CONSUMES_FROM', 'DESCRIBED_IN', 'USES')) not null, "description" jsonb not null default '{}', "evidence_url" varchar(500) null, constraint "service_use_pkey" primary key ("id"), constraint service_use_one_user_check check ((project_id is null) <> (deliverable_id is null)));`,
    );
    this.addSql(`create index "service_use_project_id_index" on "service_use" ("project_id");`);
    this.addSql(`create index "service_use_deliverable_id_index" on "service_use" ("deliverable_id");`);
    this.addSql(`create index "service_use_service_id_index" on "service_use" ("service_id");`);
    this.addSql(
      `create unique index "service_use_deliverable_unique" on "service_use" ("deliverable_id", "service_id", "relation") where "deliverable_id" is not null;`,
    );
    this.addSql(
      `create unique index "service_use_project_unique" on "service_use" ("project_id", "service_id", "relation") where "project_id" is not null;`,
    );

    this.addSql(
      `create table "specification" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "name" jsonb not null, "kind" text check ("kind" in ('DATA_MODEL', 'CODE_LIST', 'VOCABULARY', 'API_SPECIFICATION', 'DATA_EXCHANGE_SPECIFICATION', 'METHOD', 'CLASSIFICATION', 'RECOMMENDATION', 'INTERNATIONAL_STANDARD', 'COMMUNITY_STANDARD', 'REGULATION', 'CRITERIA')) not null, "owner_id" uuid null, "maintainer_text" jsonb not null default '{}', "description" jsonb not null default '{}', "spec_version" varchar(60) null, "uri" varchar(500) null, "url" varchar(500) null, constraint "specification_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "specification" add constraint "specification_slug_unique" unique ("slug");`);
    this.addSql(`create index "specification_owner_id_index" on "specification" ("owner_id");`);

    this.addSql(
      `create table "project_specification" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "specification_id" uuid not null, "relation" text check ("relation" in ('APPLIED', 'PUBLISHED')) not null, constraint "project_specification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "project_specification_project_id_index" on "project_specification" ("project_id");`);
    this.addSql(
      `create index "project_specification_specification_id_index" on "project_specification" ("specification_id");`,
    );
    this.addSql(
      `alter table "project_specification" add constraint "project_specification_project_id_specification_id_e2602_unique" unique ("project_id", "specification_id", "relation");`,
    );

    this.addSql(
      `create table "conformance" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deliverable_id" uuid not null, "specification_id" uuid not null, constraint "conformance_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "conformance_deliverable_id_index" on "conformance" ("deliverable_id");`);
    this.addSql(`create index "conformance_specification_id_index" on "conformance" ("specification_id");`);
    this.addSql(
      `alter table "conformance" add constraint "conformance_deliverable_id_specification_id_unique" unique ("deliverable_id", "specification_id");`,
    );

    this.addSql(
      `create table "file" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "release_id" uuid null, "filename" varchar(255) not null, "media_type" varchar(120) not null, "byte_size" bigint not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "uploaded_by" uuid null, "uploaded_at" timestamptz not null default now(), constraint "file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "file_release_id_index" on "file" ("release_id");`);
    this.addSql(`alter table "file" add constraint "file_storage_key_unique" unique ("storage_key");`);

    this.addSql(
      `alter table "lesson_learned" add constraint "lesson_learned_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "project_link" add constraint "project_link_from_id_foreign" foreign key ("from_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "project_link" add constraint "project_link_to_id_foreign" foreign key ("to_id") references "project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organisation" add constraint "organisation_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_parent_id_foreign" foreign key ("parent_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_member_of_id_foreign" foreign key ("member_of_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_successor_of_id_foreign" foreign key ("successor_of_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "participation" add constraint "participation_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "participation" add constraint "participation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "national_service" add constraint "national_service_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "funding_programme" add constraint "funding_programme_funder_id_foreign" foreign key ("funder_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "funding_call" add constraint "funding_call_programme_id_foreign" foreign key ("programme_id") references "funding_programme" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "grant" add constraint "grant_call_id_foreign" foreign key ("call_id") references "funding_call" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "grant" add constraint "grant_lead_applicant_id_foreign" foreign key ("lead_applicant_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "grant" add constraint "grant_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "deliverable" add constraint "deliverable_publisher_id_foreign" foreign key ("publisher_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "deliverable" add constraint "deliverable_derived_from_id_foreign" foreign key ("derived_from_id") references "deliverable" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "deliverable_project" add constraint "deliverable_project_deliverable_id_foreign" foreign key ("deliverable_id") references "deliverable" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deliverable_project" add constraint "deliverable_project_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "adoption" add constraint "adoption_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_deliverable_id_foreign" foreign key ("deliverable_id") references "deliverable" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_via_project_id_foreign" foreign key ("via_project_id") references "project" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "release" add constraint "release_deliverable_id_foreign" foreign key ("deliverable_id") references "deliverable" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "service_use" add constraint "service_use_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_use" add constraint "service_use_deliverable_id_foreign" foreign key ("deliverable_id") references "deliverable" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_use" add constraint "service_use_service_id_foreign" foreign key ("service_id") references "national_service" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "specification" add constraint "specification_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "project_specification" add constraint "project_specification_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "project_specification" add constraint "project_specification_specification_id_foreign" foreign key ("specification_id") references "specification" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "conformance" add constraint "conformance_deliverable_id_foreign" foreign key ("deliverable_id") references "deliverable" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "conformance" add constraint "conformance_specification_id_foreign" foreign key ("specification_id") references "specification" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "file" add constraint "file_release_id_foreign" foreign key ("release_id") references "release" ("id") on update cascade on delete set null;`,
    );
  }
}
