import { Migration } from '@mikro-orm/migrations';

export class Migration20261127230730_contribution extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_key" ("id" uuid not null, "principal" varchar(60) not null, "key" varchar(100) not null, "operation" varchar(100) not null, "request_hash" varchar(64) not null, "result_id" uuid null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_principal_key_unique" unique ("principal", "key");`,
    );

    this.addSql(
      `create table "invitation" ("id" uuid not null, "token_hash" varchar(64) not null, "email" varchar(254) not null, "organisation_id" uuid null, "project_id" uuid null, "role" text check ("role" in ('MEMBER', 'ADMIN', 'LEAD', 'CONTRIBUTOR')) not null, "invited_by_id" uuid null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "invitation_pkey" primary key ("id"), constraint invitation_one_target_check check ((organisation_id is null) <> (project_id is null)));`,
    );
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "invitation_organisation_id_index" on "invitation" ("organisation_id");`);
    this.addSql(`create index "invitation_project_id_index" on "invitation" ("project_id");`);

    this.addSql(
      `alter table "invitation" add constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "adoption" drop constraint if exists "adoption_verification_check";`);

    this.addSql(`alter table "project" add column "archived_at" timestamptz null;`);

    this.addSql(
      `alter table "adoption" add constraint "adoption_verification_check" check("verification" in ('CLAIMED', 'HARVESTED', 'DECLARED_BY_PUBLISHER', 'DECLARED_BY_ADOPTER', 'VERIFIED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
    this.addSql(`alter table "project" drop column if exists "archived_at";`);
    this.addSql(`update "adoption" set "verification" = 'HARVESTED' where "verification" = 'CLAIMED';`);
    this.addSql(`alter table "adoption" drop constraint if exists "adoption_verification_check";`);

    this.addSql(
      `alter table "adoption" add constraint "adoption_verification_check" check("verification" in ('HARVESTED', 'DECLARED_BY_PUBLISHER', 'DECLARED_BY_ADOPTER', 'VERIFIED'));`,
    );
  }
}
