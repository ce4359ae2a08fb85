import { Migration } from '@mikro-orm/migrations';

export class Migration20261127232415_oidc extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "oidc_transaction" ("id" varchar(64) not null, "state" varchar(100) not null, "nonce" varchar(100) not null, "code_verifier" varchar(100) not null, "return_to" varchar(2000) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, constraint "oidc_transaction_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "oidc_transaction_expires_at_index" on "oidc_transaction" ("expires_at");`);

    this.addSql(
      `create table "user_identity" ("id" uuid not null, "user_id" uuid not null, "issuer" varchar(500) not null, "subject" varchar(255) not null, "email" varchar(254) not null, "created_at" timestamptz not null default now(), constraint "user_identity_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "user_identity_user_id_index" on "user_identity" ("user_id");`);
    this.addSql(
      `alter table "user_identity" add constraint "user_identity_issuer_subject_unique" unique ("issuer", "subject");`,
    );

    this.addSql(
      `alter table "user_identity" add constraint "user_identity_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user_identity" cascade;`);
    this.addSql(`drop table if exists "oidc_transaction" cascade;`);
  }
}
