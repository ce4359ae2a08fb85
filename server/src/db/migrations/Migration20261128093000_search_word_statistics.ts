import { Migration } from '@mikro-orm/migrations';

/**
 * A search decides from the statistics ANALYZE keeps of the vectors whether its words are common
 * (over 5,000 documents: a bounded candidate set is ranked, search.queries.ts estimateSql). With
 * the default statistics target PostgreSQL keeps the 1,000 most common lexemes, down to 1.5 % of
 * the documents: at scale 100 (2.2 M documents) words in 5,000-33,000 of them went unseen and took
 * the exact path (`kouvola`, 28,363 hits: 453 ms of database time). With 1,000 the statistics
 * reach down to 0.05 % (about 2,100 lexemes at scale 100) and those words are capped too (36 ms);
 * ANALYZE of the table takes 24 s instead of 5 s at that scale.
 */
export class Migration20261128093000_search_word_statistics extends Migration {
  override async up(): Promise<void> {
    // ANALYZE of the table takes 24 s at scale 100: no statement timeout for it.
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`alter table "search_doc" alter column "vector" set statistics 1000;`);
    this.addSql(`analyze "search_doc";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "search_doc" alter column "vector" set statistics -1;`);
  }
}
