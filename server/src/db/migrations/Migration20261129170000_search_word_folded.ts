import { Migration } from '@mikro-orm/migrations';

/**
 * Known words by their form without ä, ö and å, as typed on a keyboard without them
 * (`jarvenpaa` finds Järvenpää: search.queries.ts foldCorrection). A prefix search on the
 * expression: text_pattern_ops, whatever the database's collation.
 */
export class Migration20261129170000_search_word_folded extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "search_word_folded_index" on "search_word" (translate("word", 'äöå', 'aoa') text_pattern_ops);`,
    );
    this.addSql(`analyze "search_word";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "search_word_folded_index";`);
  }
}
