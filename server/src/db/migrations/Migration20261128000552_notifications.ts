import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000552_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notify_cursor" ("id" smallint not null default 1, "last_at" timestamptz not null, constraint "notify_cursor_pkey" primary key ("id"));`,
    );
    // Dispatch starts now: changes made before notifications existed are not sent.
    this.addSql(`insert into "notify_cursor" ("id", "last_at") values (1, now());`);

    this.addSql(
      `create table "notification_preference" ("user_id" uuid not null, "digest_frequency" varchar(10) not null default 'NONE', "language" varchar(2) not null default 'fi', "last_digest_at" timestamptz null, "updated_at" timestamptz not null default now(), constraint "notification_preference_pkey" primary key ("user_id"));`,
    );

    this.addSql(
      `create table "follow" ("id" uuid not null, "user_id" uuid not null, "node_type" varchar(50) not null, "node_id" uuid not null, "created_at" timestamptz not null default now(), constraint "follow_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "follow_node_id_index" on "follow" ("node_id");`);
    this.addSql(`alter table "follow" add constraint "follow_user_id_node_id_unique" unique ("user_id", "node_id");`);

    this.addSql(
      `create table "notification" ("id" uuid not null, "user_id" uuid not null, "audit_event_id" uuid not null, "node_type" varchar(50) not null, "node_id" uuid not null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notification_audit_event_id_index" on "notification" ("audit_event_id");`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);
    this.addSql(
      `alter table "notification" add constraint "notification_user_id_audit_event_id_unique" unique ("user_id", "audit_event_id");`,
    );

    this.addSql(
      `create table "dispatched_event" ("audit_event_id" uuid not null, "at" timestamptz not null, constraint "dispatched_event_pkey" primary key ("audit_event_id"));`,
    );
    this.addSql(`create index "dispatched_event_at_index" on "dispatched_event" ("at");`);

    this.addSql(
      `create table "webhook" ("id" uuid not null, "organisation_id" uuid not null, "created_by_id" uuid null, "created_by_api_key_id" uuid null, "url" varchar(2000) not null, "secret" varchar(100) not null, "events" text[] not null default '{}', "active" boolean not null default true, "created_at" timestamptz not null default now(), constraint "webhook_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_organisation_id_index" on "webhook" ("organisation_id");`);

    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "webhook_id" uuid not null, "audit_event_id" uuid not null, "status" varchar(10) not null default 'PENDING', "attempts" int not null default 0, "last_status_code" int null, "last_error" varchar(500) null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, "redeliver" boolean not null default false, "created_at" timestamptz not null default now(), constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_delivery_audit_event_id_index" on "webhook_delivery" ("audit_event_id");`);
    this.addSql(
      `create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_audit_event_id_unique" unique ("webhook_id", "audit_event_id");`,
    );

    this.addSql(
      `create table "webhook_delivery_attempt" ("id" uuid not null, "delivery_id" uuid not null, "at" timestamptz not null default now(), "status_code" int null, "error" varchar(500) null, "duration_ms" int not null, "redelivery" boolean not null default false, constraint "webhook_delivery_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_delivery_attempt_delivery_id_index" on "webhook_delivery_attempt" ("delivery_id");`,
    );

    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "follow" add constraint "follow_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_audit_event_id_foreign" foreign key ("audit_event_id") references "audit_event" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "dispatched_event" add constraint "dispatched_event_audit_event_id_foreign" foreign key ("audit_event_id") references "audit_event" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook" add constraint "webhook_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook" add constraint "webhook_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "webhook" add constraint "webhook_created_by_api_key_id_foreign" foreign key ("created_by_api_key_id") references "api_key" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_foreign" foreign key ("webhook_id") references "webhook" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_audit_event_id_foreign" foreign key ("audit_event_id") references "audit_event" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook_delivery_attempt" add constraint "webhook_delivery_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery_attempt" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook" cascade;`);
    this.addSql(`drop table if exists "dispatched_event" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "follow" cascade;`);
    this.addSql(`drop table if exists "notification_preference" cascade;`);
    this.addSql(`drop table if exists "notify_cursor" cascade;`);
  }
}
