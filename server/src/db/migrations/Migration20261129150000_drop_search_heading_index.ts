import { Migration } from '@mikro-orm/migrations';

/**
 * Drops the heading-only index (Migration20261128052000): the index over the heading with kind,
 * themes, regions and municipalities (Migration20261129130000) serves the same searches, so the
 * older one only cost a GIN update on every search-document write and 173 MB at scale 100.
 * Measured at scale 100 (2.2 M documents, src/scripts/measure-search.ts, median of 3, database
 * time) before -> after, without a filter: `pistepilvi` 47 -> 43 ms, `digitalisaatio` 81 -> 62,
 * `detaljplan` (sv) 59 -> 57, `tietoturva` 144 -> 135; among deliverables 45 -> 39, 71 -> 65,
 * 79 -> 55, 115 -> 109; in region 06 61 -> 51, 50 -> 48, 45 -> 42, 64 -> 62; in municipality
 * 091 42 -> 37, 53 -> 54, 53 -> 51, 66 -> 70 (within noise). `npm run explain:search` reports
 * `ok` for every case without it.
 */
export class Migration20261129150000_drop_search_heading_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "search_doc_heading_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(
      `create index if not exists "search_doc_heading_index" on "search_doc" using gin (ts_filter("vector", '{a,b}'::"char"[]));`,
    );
  }
}
