import { Migration } from '@mikro-orm/migrations';

/** search_doc's columns after id, in order (kg_search_rows returns them so). */
export const COLUMNS = [
  'kind',
  'names',
  'body',
  'name_text',
  'vector',
  'sort_name',
  'themes',
  'statuses',
  'regions',
  'municipalities',
  'services',
  'specifications',
  'deliverable_kinds',
  'licences',
  'languages',
  'years',
];

/**
 * Search documents are upserted, not deleted and re-inserted: two writers refreshing the same
 * document at once (two deliverables added to one project) collided on its primary key, and
 * the second write failed. Documents whose source row is gone are still deleted.
 */
export class Migration20261127234856_search_upsert extends Migration {
  override async up(): Promise<void> {
    this
      .addSql(`create or replace function kg_search_refresh(doc_kind text, ids uuid[]) returns void language plpgsql as $$
      begin
        if ids is null or cardinality(ids) = 0 then return; end if;
        with fresh as (select * from kg_search_rows(doc_kind, ids)),
        upserted as (
          insert into search_doc select * from fresh
          on conflict (id) do update set (${COLUMNS.join(', ')}) = (${COLUMNS.map((c) => `excluded.${c}`).join(', ')})
          returning id)
        delete from search_doc d where d.kind = doc_kind and d.id = any(ids) and d.id not in (select id from fresh);
        insert into search_word
          select distinct w from search_doc d, unnest(tsvector_to_array(to_tsvector('simple', d.name_text))) w
           where d.kind = doc_kind and d.id = any(ids) and length(w) between 4 and 60
          on conflict do nothing;
      end $$;`);
  }

  override async down(): Promise<void> {
    this
      .addSql(`create or replace function kg_search_refresh(doc_kind text, ids uuid[]) returns void language plpgsql as $$
      begin
        if ids is null or cardinality(ids) = 0 then return; end if;
        delete from search_doc where kind = doc_kind and id = any(ids);
        insert into search_doc select * from kg_search_rows(doc_kind, ids);
        insert into search_word
          select distinct w from search_doc d, unnest(tsvector_to_array(to_tsvector('simple', d.name_text))) w
           where d.kind = doc_kind and d.id = any(ids) and length(w) between 4 and 60
          on conflict do nothing;
      end $$;`);
  }
}
