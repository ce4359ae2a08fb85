import { Migration } from '@mikro-orm/migrations';
import { COLUMNS } from './Migration20261127234856_search_upsert.js';

/** The theme names the web app shows, in its three languages (client/src/app/locales). */
const THEMES: Array<[code: string, fi: string, sv: string, en: string]> = [
  ['BUILT_ENVIRONMENT', 'Rakennettu ympäristö', 'Byggd miljö', 'Built environment'],
  [
    'E_PERMITS_BUILDING_CONTROL',
    'Sähköinen lupa ja rakennusvalvonta',
    'Elektroniska tillstånd och byggnadstillsyn',
    'E-permits and building control',
  ],
  ['LAND_USE_PLANNING', 'Maankäytön suunnittelu', 'Planering av markanvändningen', 'Land use planning'],
  ['PLAN_DATA_MODEL', 'Kaavatietomalli', 'Datamodell för planläggning', 'Plan data model'],
  ['MASTER_PLAN_MAINTENANCE', 'Yleiskaavan ylläpito', 'Underhåll av generalplanen', 'Master plan maintenance'],
  ['CITY_MODEL_3D', '3D-kaupunkimalli', '3D-stadsmodell', '3D city model'],
  ['CULTURAL_ENVIRONMENT', 'Kulttuuriympäristö', 'Kulturmiljö', 'Cultural environment'],
  ['WASTE_MANAGEMENT', 'Jätehuolto', 'Avfallshantering', 'Waste management'],
  ['DIGITAL_SECURITY', 'Digitaalinen turvallisuus', 'Digital säkerhet', 'Digital security'],
  ['SAAS_SECURITY', 'SaaS-palvelujen tietoturva', 'Informationssäkerhet i SaaS-tjänster', 'SaaS security'],
  ['CYBER_SECURITY_TESTING', 'Kyberturvallisuuden testaus', 'Testning av cybersäkerhet', 'Cyber security testing'],
  [
    'CONTINUITY_AND_PREPAREDNESS',
    'Jatkuvuus ja varautuminen',
    'Kontinuitet och beredskap',
    'Continuity and preparedness',
  ],
  ['SECURITY_COMPETENCE', 'Turvallisuusosaaminen', 'Säkerhetskompetens', 'Security competence'],
  ['DATA_DRIVEN_MANAGEMENT', 'Tiedolla johtaminen', 'Kunskapsbaserad ledning', 'Data-driven management'],
  ['WORK_CULTURE', 'Työkulttuuri', 'Arbetskultur', 'Work culture'],
  ['DATA_QUALITY', 'Tiedon laatu', 'Datakvalitet', 'Data quality'],
];

/** kg_search_refresh computing each document's vector with `vector` (an expression over kg_search_rows). */
export const refresh = (
  vector: string,
) => `create or replace function kg_search_refresh(doc_kind text, ids uuid[]) returns void language plpgsql as $$
      begin
        if ids is null or cardinality(ids) = 0 then return; end if;
        with fresh as (select id, ${COLUMNS.map((c) => (c === 'vector' ? `${vector} as vector` : c)).join(', ')}
                         from kg_search_rows(doc_kind, ids)),
        upserted as (
          insert into search_doc select * from fresh
          on conflict (id) do update set (${COLUMNS.join(', ')}) = (${COLUMNS.map((c) => `excluded.${c}`).join(', ')})
          returning id)
        delete from search_doc d where d.kind = doc_kind and d.id = any(ids) and d.id not in (select id from fresh);
        insert into search_word
          select distinct w from search_doc d, unnest(tsvector_to_array(to_tsvector('simple', d.name_text))) w
           where d.kind = doc_kind and d.id = any(ids) and length(w) between 4 and 60
          on conflict do nothing;
      end $$;`;

/** The statement-level triggers whose documents this migration widens: [table, op, body]. */
const TRIGGERS = (deliverablesToo: boolean): Array<[string, string, string]> => {
  const project = (changed: string) =>
    `perform kg_search_refresh('PROJECT', array(select id from (${changed}) changed));` +
    (deliverablesToo
      ? `\n perform kg_search_refresh('DELIVERABLE', array(select distinct dp.deliverable_id from deliverable_project dp where dp.project_id in (select id from (${changed}) changed)));`
      : '');
  const grant = (changed: string) =>
    `perform kg_search_refresh('PROJECT', array(select distinct project_id from (${changed}) changed where project_id is not null));` +
    (deliverablesToo
      ? `\n perform kg_search_refresh('DELIVERABLE', array(select distinct dp.deliverable_id from deliverable_project dp where dp.project_id in (select project_id from (${changed}) changed)));`
      : '');
  const both = 'select * from new_rows union all select * from old_rows';
  return [
    ['project', 'update', project(both)],
    ['grant', 'insert', grant('select * from new_rows')],
    ['grant', 'update', grant(both)],
    ['grant', 'delete', grant('select * from old_rows')],
  ];
};

const triggerFunctions = (deliverablesToo: boolean) =>
  TRIGGERS(deliverablesToo).map(
    ([table, op, body]) => `create or replace function kg_search_${table}_${op}() returns trigger language plpgsql as $$
          begin
            ${body}
            return null;
          end $$;`,
  );

/**
 * A project is found by the names of its themes in Finnish, Swedish and English, and so are its
 * deliverables (their themes are their projects'). Many projects of the 2021 data have a name in
 * one language only (often Swedish: the ministry's Swedish release); with this, a Finnish search
 * for `kulttuuriympäristö` or `3D-kaupunkimalli` finds the project named only in Swedish. The
 * theme words weigh least (D, as the names of related organisations), under names and texts.
 * Typo corrections (the nearest words of names to a word no name word starts with) match
 * names and texts (A-C) only: "digitalisaatio", corrected to the nearby "digitaalinen" too,
 * would otherwise match every document of the theme "Digitaalinen turvallisuus". Theme words are
 * not added to search_word (the words of names) either: a typed word missing from it is looked
 * for by similarity and as parts of compounds (`tietoturva` finds `Turvallinen tieto`), which a
 * theme word of the same spelling would stop.
 *
 * Also fixed: a deliverable's document holds its projects' themes and funding years, but only
 * the projects' documents were refreshed when a project's themes or grants changed.
 */
export class Migration20261128200000_search_themes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(
      `create table "theme" ("code" text not null, "name" jsonb not null, constraint "theme_pkey" primary key ("code"));`,
    );
    this.addSql(
      `insert into "theme" ("code", "name") values ${THEMES.map(
        ([code, fi, sv, en]) => `('${code}', '${JSON.stringify({ fi, sv, en }).replaceAll("'", "''")}'::jsonb)`,
      ).join(', ')};`,
    );
    this.addSql(`create function kg_theme_vector(codes text[]) returns tsvector language sql stable parallel safe as $$
      select coalesce(setweight(
          to_tsvector('finnish', string_agg(kg_lt(t.name, 'fi'), ' '))
          || to_tsvector('swedish', string_agg(kg_lt(t.name, 'sv'), ' '))
          || to_tsvector('english', string_agg(kg_lt(t.name, 'en'), ' '))
          || to_tsvector('simple', string_agg(kg_lt(t.name, 'fi') || ' ' || kg_lt(t.name, 'sv') || ' ' || kg_lt(t.name, 'en'), ' ')),
          'D'), ''::tsvector)
        from "theme" t where t.code = any(codes)
    $$;`);
    this.addSql(refresh('vector || kg_theme_vector(themes)'));
    for (const sql of triggerFunctions(true)) this.addSql(sql);
    // Vectors stay inline and uncompressed up to a page: ranking a common word's hits read and
    // decompressed each toasted vector (at scale 1, 48 -> 35 ms for a 2,400-hit word; the theme
    // words had pushed twice as many vectors past the 2 kB at which PostgreSQL compresses).
    this.addSql(`alter table "search_doc" set (toast_tuple_target = 8160);`);
    this.addSql(`alter table "search_doc" alter column "vector" set storage main;`);
    this.addSql(`select kg_search_rebuild();`);
    this.addSql(`analyze "search_doc";`);
  }

  override async down(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    for (const sql of triggerFunctions(false)) this.addSql(sql);
    this.addSql(refresh('vector'));
    this.addSql(`drop function kg_theme_vector(text[]);`);
    this.addSql(`drop table "theme";`);
    this.addSql(`alter table "search_doc" reset (toast_tuple_target);`);
    this.addSql(`alter table "search_doc" alter column "vector" set storage extended;`);
    this.addSql(`select kg_search_rebuild();`);
  }
}
