import { Migration } from '@mikro-orm/migrations';

/**
 * Search over many hits ranks a bounded candidate set, chosen first among the documents whose
 * heading matches: names, acronyms, keywords and aliases (weight A) and short texts (weight B).
 * This index finds them without reading every hit (search.queries.ts, HEADING).
 */
export class Migration20261128052000_search_heading extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "search_doc_heading_index" on "search_doc" using gin (ts_filter("vector", '{a,b}'::"char"[]));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "search_doc_heading_index";`);
  }
}
