import { Migration } from '@mikro-orm/migrations';

/**
 * Browsing (no word) within a facet value reads the first documents in browse order (kind,
 * name) that pass the filter (search.queries.ts). With the order's index alone, PostgreSQL
 * either walked it checking each heap row or, for a narrow value, took every document of the
 * value from its GIN index and sorted them: at scale 100 (2.2 M documents) that read 20,000 to
 * 36,000 heap pages. The same order's index now carries every facet column (INCLUDE), so the
 * walk filters and counts facets from the index alone (an index-only scan) and stops at the
 * candidates. It replaces the order's index, whose columns lead it.
 *
 * Scale 100, src/scripts/measure-search.ts --browse --filter, median of 3, database time,
 * before -> after: specification kuntatalous-xbrl 264 -> 101 ms, theme DIGITAL_SECURITY
 * 165 -> 23, municipality 091 139 -> 21, licence EUPL-1.2 127 -> 28, region 06 45 -> 17;
 * without a filter 16 -> 9. Searches with words do not use it. It is 1.1 GB at scale 100 (the
 * index it replaces: 273 MB) and builds in about 40 s there.
 */
export class Migration20261129160000_search_browse_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`set local maintenance_work_mem = '256MB';`);
    this.addSql(
      `create index if not exists "search_doc_browse_index" on "search_doc" ("kind", "sort_name", "id") include ("themes", "statuses", "regions", "municipalities", "services", "specifications", "deliverable_kinds", "licences", "languages", "years");`,
    );
    this.addSql(`drop index if exists "search_doc_kind_sort_index";`);
    this.addSql(`analyze "search_doc";`);
  }

  override async down(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`create index if not exists "search_doc_kind_sort_index" on "search_doc" ("kind", "sort_name", "id");`);
    this.addSql(`drop index if exists "search_doc_browse_index";`);
  }
}
