import { Migration } from '@mikro-orm/migrations';

export class Migration20261128034207_webhook_secret extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "webhook" alter column "secret" type varchar(200) using ("secret"::varchar(200));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook" alter column "secret" type varchar(100) using ("secret"::varchar(100));`);
  }
}
