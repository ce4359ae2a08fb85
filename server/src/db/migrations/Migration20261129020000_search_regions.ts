import { Migration } from '@mikro-orm/migrations';
import { refresh } from './Migration20261128200000_search_themes.js';

/**
 * A project, a deliverable and an organisation are found by the names of their regions in
 * Finnish, Swedish and English: `Varsinais-Suomi` or `Egentliga Finland` finds what
 * municipalities of Southwest Finland lead, take part in or publish, and the municipalities
 * themselves, as the facet of regions lists them. The region words weigh least (D, as theme
 * names and related organisations), under names and texts, and are not words of names
 * (search_word) either. A region renamed in the reference data refreshes its documents.
 */
export class Migration20261129020000_search_regions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`create function kg_region_vector(codes text[]) returns tsvector language sql stable parallel safe as $$
      select coalesce(setweight(
          to_tsvector('finnish', string_agg(kg_lt(r.name, 'fi'), ' '))
          || to_tsvector('swedish', string_agg(kg_lt(r.name, 'sv'), ' '))
          || to_tsvector('english', string_agg(kg_lt(r.name, 'en'), ' '))
          || to_tsvector('simple', string_agg(concat_ws(' ', kg_lt(r.name, 'fi'), kg_lt(r.name, 'sv'), kg_lt(r.name, 'en')), ' ')),
          'D'), ''::tsvector)
        from region r where r.code = any(codes)
    $$;`);
    this.addSql(refresh('vector || kg_theme_vector(themes) || kg_region_vector(regions)'));
    this.addSql(`create function kg_search_region_update() returns trigger language plpgsql as $$
      declare renamed text[];
      begin
        renamed := array(select distinct c from new_rows n join old_rows o on o.id = n.id, unnest(array[n.code, o.code]) c
                          where (n.name, n.code) is distinct from (o.name, o.code));
        if cardinality(renamed) = 0 then return null; end if;
        perform kg_search_refresh(k, array(select d.id from search_doc d where d.kind = k and d.regions && renamed))
          from unnest(array['PROJECT', 'DELIVERABLE', 'ORGANISATION']) k;
        return null;
      end $$;`);
    this.addSql(
      `create trigger kg_search_region_update after update on "region" referencing old table as old_rows new table as new_rows for each statement execute function kg_search_region_update();`,
    );
    this.addSql(`select kg_search_rebuild();`);
    this.addSql(`analyze "search_doc";`);
  }

  override async down(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`drop trigger kg_search_region_update on "region";`);
    this.addSql(`drop function kg_search_region_update();`);
    this.addSql(refresh('vector || kg_theme_vector(themes)'));
    this.addSql(`drop function kg_region_vector(text[]);`);
    this.addSql(`select kg_search_rebuild();`);
  }
}
