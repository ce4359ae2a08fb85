import { Migration } from '@mikro-orm/migrations';

/**
 * A project's newest deliverables from an index: `deliverable_project.published_sort` holds the
 * deliverable's publication date (undated: 0001-01-01), kept by triggers on both tables, and an
 * index on (project, date desc, deliverable) gives the first page of a project's deliverables
 * without reading every deliverable of the project to sort them (W1 read 13 deliverables per
 * project to return 5).
 */
export class Migration20261128100000_deliverable_recent extends Migration {
  override async up(): Promise<void> {
    // Millions of rows at scale 100: no statement timeout for the backfill and the index.
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`alter table "deliverable_project" add column "published_sort" date not null default '0001-01-01';`);
    // The copy of the date changes no search document: the search upkeep sits the backfill out.
    this.addSql(`alter table "deliverable_project" disable trigger kg_search_update;`);
    this.addSql(`update "deliverable_project" dp set "published_sort" = coalesce(d."published_at", '0001-01-01')
      from "deliverable" d where d."id" = dp."deliverable_id" and d."published_at" is not null;`);
    this.addSql(`alter table "deliverable_project" enable trigger kg_search_update;`);
    this.addSql(
      `create index "deliverable_project_recent_index" on "deliverable_project" ("project_id", "published_sort" desc, "deliverable_id");`,
    );
    // A new link takes its deliverable's date, whatever the application sends.
    this.addSql(`create function kg_deliverable_project_sort() returns trigger language plpgsql as $$
      begin
        new.published_sort := coalesce((select d.published_at from deliverable d where d.id = new.deliverable_id), '0001-01-01');
        return new;
      end $$;`);
    this
      .addSql(`create trigger deliverable_project_sort before insert or update of deliverable_id on "deliverable_project"
      for each row execute function kg_deliverable_project_sort();`);
    // A deliverable whose date changes moves in its projects' lists.
    this.addSql(`create function kg_deliverable_published_sort() returns trigger language plpgsql as $$
      begin
        update deliverable_project set published_sort = coalesce(new.published_at, '0001-01-01')
         where deliverable_id = new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger deliverable_published_sort after update of published_at on "deliverable"
      for each row when (old.published_at is distinct from new.published_at)
      execute function kg_deliverable_published_sort();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger deliverable_published_sort on "deliverable";`);
    this.addSql(`drop function kg_deliverable_published_sort();`);
    this.addSql(`drop trigger deliverable_project_sort on "deliverable_project";`);
    this.addSql(`drop function kg_deliverable_project_sort();`);
    this.addSql(`drop index "deliverable_project_recent_index";`);
    this.addSql(`alter table "deliverable_project" drop column "published_sort";`);
  }
}
