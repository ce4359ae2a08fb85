import { Migration } from '@mikro-orm/migrations';

/**
 * Search: one denormalised `search_doc` row per searchable node (project, deliverable,
 * organisation, national service, specification) with a weighted tsvector over every language
 * variant (finnish, swedish, english and simple configurations), the names for trigram matching,
 * and the facet values of the node. Statement-level triggers keep it current on every write, so
 * a new deliverable is findable at once; kg_search_rebuild() refreshes everything after bulk loads.
 */
export class Migration20261127210000_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "search_doc" (
      "id" uuid primary key,
      "kind" text not null check ("kind" in ('PROJECT', 'DELIVERABLE', 'ORGANISATION', 'NATIONAL_SERVICE', 'SPECIFICATION')),
      "names" jsonb not null,
      "body" jsonb not null,
      "name_text" text not null,
      "vector" tsvector not null,
      "sort_name" text not null,
      "themes" text[] not null default '{}',
      "statuses" text[] not null default '{}',
      "regions" text[] not null default '{}',
      "municipalities" text[] not null default '{}',
      "services" text[] not null default '{}',
      "specifications" text[] not null default '{}',
      "deliverable_kinds" text[] not null default '{}',
      "licences" text[] not null default '{}',
      "languages" text[] not null default '{}',
      "years" int[] not null default '{}'
    );`);
    this.addSql(`create index "search_doc_vector_index" on "search_doc" using gin ("vector");`);
    this.addSql(`create index "search_doc_name_trgm_index" on "search_doc" using gin ("name_text" gin_trgm_ops);`);
    this.addSql(`create index "search_doc_kind_sort_index" on "search_doc" ("kind", "sort_name", "id");`);
    // Lexicon of the words in names and titles: a misspelt query word ("Lupapsite") is corrected
    // to the nearest known words by trigram similarity.
    this.addSql(`create table "search_word" ("word" text primary key);`);
    this.addSql(`create index "search_word_trgm_index" on "search_word" using gin ("word" gin_trgm_ops);`);

    // Text of a {fi, sv, en} value in one language, or ''.
    this.addSql(`create function kg_lt(v jsonb, lang text) returns text language sql immutable parallel safe as
      $$ select coalesce(v->>lang, '') $$;`);
    // Weighted vector: names (A), short texts and keywords (B), long texts (C); each in its own
    // language's configuration plus 'simple' for prefixes of compounds and names.
    this
      .addSql(`create function kg_search_vector(names jsonb, short jsonb, long jsonb, extra text, related text) returns tsvector
      language sql immutable parallel safe as $$
      select setweight(to_tsvector('finnish', kg_lt(names, 'fi')), 'A')
          || setweight(to_tsvector('swedish', kg_lt(names, 'sv')), 'A')
          || setweight(to_tsvector('english', kg_lt(names, 'en')), 'A')
          || setweight(to_tsvector('simple', kg_lt(names, 'fi') || ' ' || kg_lt(names, 'sv') || ' ' || kg_lt(names, 'en') || ' ' || coalesce(extra, '')), 'A')
          || setweight(to_tsvector('finnish', kg_lt(short, 'fi')), 'B')
          || setweight(to_tsvector('swedish', kg_lt(short, 'sv')), 'B')
          || setweight(to_tsvector('english', kg_lt(short, 'en')), 'B')
          || setweight(to_tsvector('simple', kg_lt(short, 'fi') || ' ' || kg_lt(short, 'sv') || ' ' || kg_lt(short, 'en')), 'B')
          || setweight(to_tsvector('finnish', kg_lt(long, 'fi')), 'C')
          || setweight(to_tsvector('swedish', kg_lt(long, 'sv')), 'C')
          || setweight(to_tsvector('english', kg_lt(long, 'en')), 'C')
          || setweight(to_tsvector('simple', kg_lt(long, 'fi') || ' ' || kg_lt(long, 'sv') || ' ' || kg_lt(long, 'en')), 'C')
          || setweight(to_tsvector('simple', coalesce(related, '')), 'D')
    $$;`);
    this
      .addSql(`create function kg_languages(variadic texts jsonb[]) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct l order by l), '{}') from unnest(texts) t, unnest(array['fi', 'sv', 'en']) l
       where coalesce(t->>l, '') <> ''
    $$;`);

    // The organisations a deliverable is located by: its publisher and its adopters.
    this
      .addSql(`create function kg_deliverable_orgs(deliverable uuid, publisher uuid) returns table (id uuid) language sql stable as $$
      select publisher where publisher is not null
      union select a.organisation_id from adoption a where a.deliverable_id = deliverable
    $$;`);
    // The rows of search_doc for some ids of one kind, computed from the base tables.
    this
      .addSql(`create function kg_search_rows(doc_kind text, ids uuid[]) returns setof search_doc language sql stable as $$
      select p.id, 'PROJECT', p.name, p.summary, lower(kg_lt(p.name, 'fi') || ' ' || kg_lt(p.name, 'sv') || ' ' || kg_lt(p.name, 'en') || ' ' || coalesce(p.acronym, '')),
        kg_search_vector(p.name, p.summary, p.description, coalesce(p.acronym, ''),
          (select string_agg(kg_lt(o.name, 'fi') || ' ' || kg_lt(o.name, 'sv'), ' ') from participation x join organisation o on o.id = x.organisation_id where x.project_id = p.id)),
        lower(coalesce(p.name->>'fi', p.name->>'sv', p.name->>'en', p.slug)),
        p.themes, array[p.status],
        coalesce((select array_agg(distinct r.code) from participation x join organisation o on o.id = x.organisation_id join region r on r.id = o.region_id where x.project_id = p.id), '{}'),
        coalesce((select array_agg(distinct o.municipality_code) from participation x join organisation o on o.id = x.organisation_id where x.project_id = p.id and o.municipality_code is not null), '{}'),
        coalesce((select array_agg(distinct s.slug) from service_use u join national_service s on s.id = u.service_id where u.project_id = p.id), '{}'),
        coalesce((select array_agg(distinct s.slug) from project_specification x join specification s on s.id = x.specification_id where x.project_id = p.id), '{}'),
        coalesce((select array_agg(distinct d.kind) from deliverable_project dp join deliverable d on d.id = dp.deliverable_id where dp.project_id = p.id), '{}'),
        coalesce((select array_agg(distinct d.licence) from deliverable_project dp join deliverable d on d.id = dp.deliverable_id where dp.project_id = p.id and d.licence is not null), '{}'),
        kg_languages(p.name, p.summary, p.description),
        coalesce((select array_agg(distinct c.year) from "grant" g join funding_call c on c.id = g.call_id where g.project_id = p.id), '{}')
      from project p where doc_kind = 'PROJECT' and p.id = any(ids)
      union all
      select d.id, 'DELIVERABLE', d.title, d.short_description, lower(kg_lt(d.title, 'fi') || ' ' || kg_lt(d.title, 'sv') || ' ' || kg_lt(d.title, 'en') || ' ' || array_to_string(d.keywords, ' ')),
        kg_search_vector(d.title, d.short_description, d.description, array_to_string(d.keywords, ' '),
          (select kg_lt(o.name, 'fi') || ' ' || kg_lt(o.name, 'sv') from organisation o where o.id = d.publisher_id)),
        lower(coalesce(d.title->>'fi', d.title->>'sv', d.title->>'en', '')),
        coalesce((select array_agg(distinct th) from deliverable_project dp join project p on p.id = dp.project_id, unnest(p.themes) th where dp.deliverable_id = d.id), '{}'),
        case when d.development_status is null then '{}' else array[d.development_status] end,
        coalesce((select array_agg(distinct r.code) from kg_deliverable_orgs(d.id, d.publisher_id) x
                   join organisation o on o.id = x.id join region r on r.id = o.region_id), '{}'),
        coalesce((select array_agg(distinct o.municipality_code) from kg_deliverable_orgs(d.id, d.publisher_id) x
                   join organisation o on o.id = x.id where o.municipality_code is not null), '{}'),
        coalesce((select array_agg(distinct s.slug) from service_use u join national_service s on s.id = u.service_id where u.deliverable_id = d.id), '{}'),
        coalesce((select array_agg(distinct s.slug) from conformance c join specification s on s.id = c.specification_id where c.deliverable_id = d.id), '{}'),
        array[d.kind],
        case when d.licence is null then '{}' else array[d.licence] end,
        d.languages,
        coalesce((select array_agg(distinct c.year) from deliverable_project dp join "grant" g on g.project_id = dp.project_id join funding_call c on c.id = g.call_id where dp.deliverable_id = d.id), '{}')
      from deliverable d where doc_kind = 'DELIVERABLE' and d.id = any(ids)
      union all
      select o.id, 'ORGANISATION', o.name, '{}'::jsonb, lower(kg_lt(o.name, 'fi') || ' ' || kg_lt(o.name, 'sv') || ' ' || kg_lt(o.name, 'en') || ' ' || array_to_string(o.aliases, ' ')),
        kg_search_vector(o.name, '{}', '{}', array_to_string(o.aliases, ' ') || ' ' || coalesce(o.municipality_code, ''), null),
        lower(coalesce(o.name->>'fi', o.name->>'sv', o.name->>'en', o.slug)),
        '{}', '{}',
        coalesce((select array[r.code] from region r where r.id = o.region_id), '{}'),
        case when o.municipality_code is null then '{}' else array[o.municipality_code] end,
        coalesce((select array_agg(s.slug) from national_service s where s.provider_id = o.id), '{}'),
        coalesce((select array_agg(s.slug) from specification s where s.owner_id = o.id), '{}'),
        '{}', '{}', kg_languages(o.name), '{}'
      from organisation o where doc_kind = 'ORGANISATION' and o.id = any(ids)
      union all
      select s.id, 'NATIONAL_SERVICE', s.name, s.description, lower(kg_lt(s.name, 'fi') || ' ' || kg_lt(s.name, 'sv') || ' ' || kg_lt(s.name, 'en') || ' ' || s.slug),
        kg_search_vector(s.name, s.provider_text, s.description, s.slug, null),
        lower(coalesce(s.name->>'fi', s.name->>'sv', s.name->>'en', s.slug)),
        '{}', '{}', '{}', '{}', array[s.slug], '{}', '{}', '{}', kg_languages(s.name, s.description), '{}'
      from national_service s where doc_kind = 'NATIONAL_SERVICE' and s.id = any(ids)
      union all
      select s.id, 'SPECIFICATION', s.name, s.description, lower(kg_lt(s.name, 'fi') || ' ' || kg_lt(s.name, 'sv') || ' ' || kg_lt(s.name, 'en') || ' ' || s.slug),
        kg_search_vector(s.name, s.maintainer_text, s.description, s.slug, null),
        lower(coalesce(s.name->>'fi', s.name->>'sv', s.name->>'en', s.slug)),
        '{}', '{}', '{}', '{}', '{}', array[s.slug], '{}', '{}', kg_languages(s.name, s.description), '{}'
      from specification s where doc_kind = 'SPECIFICATION' and s.id = any(ids)
    $$;`);

    this.addSql(`create function kg_search_refresh(doc_kind text, ids uuid[]) returns void language plpgsql as $$
      begin
        if ids is null or cardinality(ids) = 0 then return; end if;
        delete from search_doc where kind = doc_kind and id = any(ids);
        insert into search_doc select * from kg_search_rows(doc_kind, ids);
        insert into search_word
          select distinct w from search_doc d, unnest(tsvector_to_array(to_tsvector('simple', d.name_text))) w
           where d.kind = doc_kind and d.id = any(ids) and length(w) between 4 and 60
          on conflict do nothing;
      end $$;`);

    this.addSql(`create function kg_search_rebuild() returns void language plpgsql as $$
      begin
        truncate search_doc;
        perform kg_search_refresh('PROJECT', array(select id from project));
        perform kg_search_refresh('DELIVERABLE', array(select id from deliverable));
        perform kg_search_refresh('ORGANISATION', array(select id from organisation));
        perform kg_search_refresh('NATIONAL_SERVICE', array(select id from national_service));
        perform kg_search_refresh('SPECIFICATION', array(select id from specification));
      end $$;`);

    // One trigger function per table: which documents a changed row affects.
    const triggers: Array<[table: string, body: string]> = [
      ['project', `perform kg_search_refresh('PROJECT', array(select id from changed));`],
      [
        'deliverable',
        `perform kg_search_refresh('DELIVERABLE', array(select id from changed));
         perform kg_search_refresh('PROJECT', array(select dp.project_id from deliverable_project dp where dp.deliverable_id in (select id from changed)));`,
      ],
      [
        'organisation',
        `perform kg_search_refresh('ORGANISATION', array(select id from changed));
         perform kg_search_refresh('PROJECT', array(select distinct x.project_id from participation x where x.organisation_id in (select id from changed)));
         perform kg_search_refresh('DELIVERABLE', array(select d.id from deliverable d where d.publisher_id in (select id from changed)));`,
      ],
      [
        'national_service',
        `perform kg_search_refresh('NATIONAL_SERVICE', array(select id from changed));
         perform kg_search_refresh('ORGANISATION', array(select provider_id from changed where provider_id is not null));`,
      ],
      [
        'specification',
        `perform kg_search_refresh('SPECIFICATION', array(select id from changed));
         perform kg_search_refresh('ORGANISATION', array(select owner_id from changed where owner_id is not null));`,
      ],
      ['participation', `perform kg_search_refresh('PROJECT', array(select distinct project_id from changed));`],
      [
        'service_use',
        `perform kg_search_refresh('PROJECT', array(select distinct project_id from changed where project_id is not null));
         perform kg_search_refresh('DELIVERABLE', array(select distinct deliverable_id from changed where deliverable_id is not null));`,
      ],
      [
        'project_specification',
        `perform kg_search_refresh('PROJECT', array(select distinct project_id from changed));`,
      ],
      [
        'grant',
        `perform kg_search_refresh('PROJECT', array(select distinct project_id from changed where project_id is not null));`,
      ],
      [
        'deliverable_project',
        `perform kg_search_refresh('DELIVERABLE', array(select distinct deliverable_id from changed));
         perform kg_search_refresh('PROJECT', array(select distinct project_id from changed));`,
      ],
      ['conformance', `perform kg_search_refresh('DELIVERABLE', array(select distinct deliverable_id from changed));`],
      ['adoption', `perform kg_search_refresh('DELIVERABLE', array(select distinct deliverable_id from changed));`],
    ];
    for (const [table, body] of triggers) {
      for (const op of ['insert', 'update', 'delete'] as const) {
        const rows = op === 'delete' ? 'old_rows' : 'new_rows';
        const referencing =
          op === 'update'
            ? 'referencing old table as old_rows new table as new_rows'
            : `referencing ${op === 'delete' ? 'old' : 'new'} table as ${rows}`;
        const changed =
          op === 'update' ? 'select * from new_rows union all select * from old_rows' : `select * from ${rows}`;
        this.addSql(`create function kg_search_${table}_${op}() returns trigger language plpgsql as $$
          begin
            ${body.replaceAll('from changed', `from (${changed}) changed`)}
            return null;
          end $$;`);
        this.addSql(
          `create trigger kg_search_${op} after ${op} on "${table}" ${referencing} for each statement execute function kg_search_${table}_${op}();`,
        );
      }
    }
    this.addSql(`select kg_search_rebuild();`);
  }
}
