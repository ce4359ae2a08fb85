import { Migration } from '@mikro-orm/migrations';

/**
 * Where a software deliverable runs (publiccode.yml `platforms`). The export wrote `web` for
 * every one; now an unknown platform is left empty, and the export says it is missing.
 */
export class Migration20261128210000_deliverable_platforms extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "deliverable" add column "platforms" text[] not null default '{}';`);
    this.addSql(
      `alter table "deliverable" add constraint "deliverable_platforms_check" check ("platforms" <@ array['WEB', 'WINDOWS', 'MAC', 'LINUX', 'IOS', 'ANDROID']);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "deliverable" drop column "platforms";`);
  }
}
