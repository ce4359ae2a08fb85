import { Migration } from '@mikro-orm/migrations';

/**
 * One GIN index over a search document's heading (names, acronyms, keywords, aliases and short
 * texts: the words a common query's candidates come from) and the facets with an index of their
 * own: kind (a scalar, through btree_gin), themes, regions and municipalities. A common word
 * within one of them took its candidates from a BitmapAnd of two large bitmaps (at scale 100,
 * `tietoturva` in region 06: 237,000 and 260,000 documents, 122 ms of 173), or, within a kind,
 * from the heading index alone with the kind checked on every heap row (`digitalisaatio` among
 * deliverables read 66,000 pages: 708 ms). One GIN index over all of them intersects the lists
 * in one scan. At scale 100 (2.2 M documents, src/scripts/measure-search.ts --filter, median
 * of 3, database time; `tietoturva`, `digitalisaatio`):
 * - kind DELIVERABLE: 527 -> 114 ms, 708 -> 71 ms;
 * - region 06: 173 -> 70 ms, 116 -> 50 ms;
 * - theme DIGITAL_SECURITY: 210 -> 121 ms, 169 -> 51 ms;
 * - municipality 091: 165 -> 71 ms, 109 -> 55 ms;
 * - without a filter, within noise (the planner may take either index): 112 -> 115 ms,
 *   59 -> 60 ms.
 * The index takes ~45 s to build at scale 100 and is 150 MB there (the heading index: 173 MB).
 * `npm run explain:search` reports `ok` for every case with it.
 */
export class Migration20261129130000_search_heading_facet_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`create extension if not exists btree_gin;`);
    this.addSql(
      `create index if not exists "search_doc_heading_facets_index" on "search_doc" using gin (ts_filter("vector", '{a,b}'::"char"[]), "kind", "themes", "regions", "municipalities");`,
    );
    this.addSql(`analyze "search_doc";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "search_doc_heading_facets_index";`);
  }
}
