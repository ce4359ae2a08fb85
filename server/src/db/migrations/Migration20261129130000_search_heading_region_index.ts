import { Migration } from '@mikro-orm/migrations';

/**
 * One GIN index over a search document's heading (names, acronyms, keywords, aliases and short
 * texts: the words a common query's candidates come from) and its regions. A common word within
 * a region took its candidates from a BitmapAnd of two large bitmaps, the heading index's list of
 * the word and the region index's list of the region (237,000 and 260,000 documents at scale 100:
 * 122 ms of the 173 ms). A GIN index over both columns intersects the two lists itself.
 * At scale 100 (2.2 M documents, src/scripts/measure-search.ts --filter '{"region":["06"]}',
 * median of 3, database time):
 * - `tietoturva` 173 -> 69 ms, `rakennusvalvonta` 142 -> 56 ms;
 * - `digitalisaatio` 116 -> 49 ms, `detaljplan` (sv) 136 -> 46 ms;
 * - without a region filter, within noise (the planner may take either index): `tietoturva`
 *   112 -> 120 ms, `digitalisaatio` 59 -> 65 ms, `detaljplan` 53 -> 55 ms.
 * The index takes 45 s to build at scale 100 and is 127 MB there (the heading index: 173 MB).
 * `npm run explain:search` at scale 100 reports `ok` for every case with it.
 */
export class Migration20261129130000_search_heading_region_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(
      `create index if not exists "search_doc_heading_regions_index" on "search_doc" using gin (ts_filter("vector", '{a,b}'::"char"[]), "regions");`,
    );
    this.addSql(`analyze "search_doc";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "search_doc_heading_regions_index";`);
  }
}
