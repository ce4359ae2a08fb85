import { Migration } from '@mikro-orm/migrations';

export class Migration20261127213011_auth extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "password_hash" varchar(300) not null, "is_admin" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "session" ("id" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "last_seen_at" timestamptz not null default now(), constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `create table "membership" ("id" uuid not null, "user_id" uuid not null, "organisation_id" uuid null, "project_id" uuid null, "role" text check ("role" in ('MEMBER', 'ADMIN', 'LEAD', 'CONTRIBUTOR')) not null, "created_at" timestamptz not null default now(), constraint "membership_pkey" primary key ("id"), constraint membership_one_target_check check ((organisation_id is null) <> (project_id is null)));`,
    );
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(`create index "membership_organisation_id_index" on "membership" ("organisation_id");`);
    this.addSql(`create index "membership_project_id_index" on "membership" ("project_id");`);
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_project_id_unique" unique ("user_id", "project_id");`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_organisation_id_unique" unique ("user_id", "organisation_id");`,
    );

    this.addSql(
      `create table "api_key" ("id" uuid not null, "organisation_id" uuid not null, "created_by_id" uuid not null, "name" varchar(200) not null, "prefix" varchar(11) not null, "hash" varchar(64) not null, "scopes" text[] not null default '{}', "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_key_organisation_id_index" on "api_key" ("organisation_id");`);
    this.addSql(`create index "api_key_created_by_id_index" on "api_key" ("created_by_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(
      `create table "audit_event" ("id" uuid not null, "actor_user_id" uuid null, "actor_api_key_id" uuid null, "action" varchar(100) not null, "node_type" varchar(100) not null, "node_id" uuid not null, "before" jsonb null, "after" jsonb null, "at" timestamptz not null default now(), constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_actor_user_id_index" on "audit_event" ("actor_user_id");`);
    this.addSql(`create index "audit_event_actor_api_key_id_index" on "audit_event" ("actor_api_key_id");`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_node_type_node_id_index" on "audit_event" ("node_type", "node_id");`);

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "api_key" add constraint "api_key_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_user_id_foreign" foreign key ("actor_user_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_api_key_id_foreign" foreign key ("actor_api_key_id") references "api_key" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
  }
}
