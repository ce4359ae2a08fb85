import { Migration } from '@mikro-orm/migrations';

/**
 * A GIN index on the themes of the search documents, as on their regions and municipalities
 * (Migration20261129030000_search_filter_indexes): a common word within a theme examines only
 * documents of the theme. At scale 10, within CITY_MODEL_3D: `detaljplan` 87 -> 40 ms,
 * `rakennusvalvonta` 118 -> 90 ms (107 -> 782 candidates), `tietoturva` 121 -> 118 ms (413 -> 992
 * candidates), `digitalisaatio` 118 -> 138 ms (514 -> 2,000 candidates, the cap: more to rank).
 */
export class Migration20261129040000_search_theme_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`create index if not exists "search_doc_themes_index" on "search_doc" using gin ("themes");`);
    this.addSql(`analyze "search_doc";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "search_doc_themes_index";`);
  }
}
