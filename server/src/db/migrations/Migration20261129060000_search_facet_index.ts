import { Migration } from '@mikro-orm/migrations';

/**
 * One GIN index on the search documents' other facet lists (statuses, national services,
 * specifications, deliverable kinds, licences, languages, funding years), as themes, regions and
 * municipalities have one each. A GIN index over several columns serves a condition on any of
 * them, and one index costs a write less than seven. Without it, browsing by one of these facets
 * read documents until the page was full (every document, for a rare value), and a common word
 * within one found fewer hits among its candidates. At scale 10 (223,000 documents,
 * src/scripts/measure-search.ts --browse --filter, median of 3):
 * - browsing a specification (kuntatalous-xbrl): 283 -> 19 ms;
 * - `digitalisaatio` within it: 121 ms -> 61 ms, finding 435 -> 1,243 hits among the candidates;
 *   `detaljplan` within it: 56 -> 19 ms, 68 -> 89 hits;
 * - browsing a wide licence (EUPL-1.2, 12 % of documents): 63 -> 52 ms.
 * The index takes 11 s to build at scale 10.
 */
export class Migration20261129060000_search_facet_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(
      `create index if not exists "search_doc_facets_index" on "search_doc" using gin ("statuses", "services", "specifications", "deliverable_kinds", "licences", "languages", "years");`,
    );
    this.addSql(`analyze "search_doc";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "search_doc_facets_index";`);
  }
}
