import { Migration } from '@mikro-orm/migrations';

/**
 * The search thesaurus as data that curators edit (modules/thesaurus), seeded with the 45
 * concepts the code held until now (search.thesaurus.ts BUILT_IN), in that order: the order of
 * creation is the thesaurus order. The built-in list stays in the code for scripts and tests
 * that run without a database.
 */
export class Migration20261129044325_search_concept extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "search_concept" ("id" uuid not null, "provenance" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "fi" text[] not null, "sv" text[] not null, "en" text[] not null, constraint "search_concept_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "search_concept_created_at_index" on "search_concept" ("created_at");`);
    this.addSql(`insert into search_concept (id, provenance, created_at, updated_at, fi, sv, en)
      select gen_random_uuid(), '[{"status": "GENERAL_KNOWLEDGE", "note": "Kuntagraph built-in thesaurus"}]'::jsonb,
             now() + n * interval '1 millisecond', now() + n * interval '1 millisecond', fi, sv, en
        from (values
          (0, array['rakennuslupa']::text[], array['bygglov']::text[], array['building permit']::text[]),
          (1, array['rakennusvalvonta']::text[], array['byggnadstillsyn']::text[], array['building control']::text[]),
          (2, array['kaavoitus', 'kaava', 'maankäytön suunnittelu']::text[], array['planläggning']::text[], array['land use planning', 'zoning']::text[]),
          (3, array['asemakaava']::text[], array['detaljplan']::text[], array['detailed plan']::text[]),
          (4, array['yleiskaava']::text[], array['generalplan']::text[], array['master plan']::text[]),
          (5, array['maakuntakaava']::text[], array['landskapsplan']::text[], array['regional plan']::text[]),
          (6, array['3d-kaupunkimalli', 'kaupunkimalli']::text[], array['3d-stadsmodell', 'stadsmodell']::text[], array['3d city model', 'city model']::text[]),
          (7, array['digitaalinen kaksonen']::text[], array['digital tvilling']::text[], array['digital twin']::text[]),
          (8, array['kulttuuriympäristö']::text[], array['kulturmiljö']::text[], array['cultural environment']::text[]),
          (9, array['rakennusperintö']::text[], array['byggnadsarv']::text[], array['built heritage']::text[]),
          (10, array['tietoturva', 'tietoturvallisuus']::text[], array['informationssäkerhet']::text[], array['information security']::text[]),
          (11, array['kyberturvallisuus']::text[], array['cybersäkerhet']::text[], array['cyber security', 'cybersecurity']::text[]),
          (12, array['tietosuoja']::text[], array['dataskydd']::text[], array['data protection']::text[]),
          (13, array['murtotestaus']::text[], array['penetrationstestning']::text[], array['penetration testing']::text[]),
          (14, array['pilvipalvelu']::text[], array['molntjänst']::text[], array['cloud service']::text[]),
          (15, array['tiedolla johtaminen', 'tietojohtaminen']::text[], array['kunskapsbaserad ledning']::text[], array['knowledge-based management']::text[]),
          (16, array['avoin data']::text[], array['öppna data']::text[], array['open data']::text[]),
          (17, array['yhteentoimivuus']::text[], array['interoperabilitet']::text[], array['interoperability']::text[]),
          (18, array['rajapinta']::text[], array['gränssnitt']::text[], array['interface']::text[]),
          (19, array['paikkatieto']::text[], array['geodata', 'geografisk information']::text[], array['geospatial data', 'spatial data']::text[]),
          (20, array['tekoäly']::text[], array['artificiell intelligens']::text[], array['artificial intelligence']::text[]),
          (21, array['ohjelmistorobotiikka']::text[], array['programvarurobotik']::text[], array['robotic process automation']::text[]),
          (22, array['jätehuolto']::text[], array['avfallshantering']::text[], array['waste management']::text[]),
          (23, array['digitalisaatio', 'digitalisointi']::text[], array['digitalisering']::text[], array['digitalisation', 'digitalization']::text[]),
          (24, array['kantakartta']::text[], array['baskarta']::text[], array['base map']::text[]),
          (25, array['pistepilvi']::text[], array['punktmoln']::text[], array['point cloud']::text[]),
          (26, array['laserkeilaus']::text[], array['laserskanning']::text[], array['laser scanning']::text[]),
          (27, array['ympäristölupa']::text[], array['miljötillstånd']::text[], array['environmental permit']::text[]),
          (28, array['sähköinen asiointi', 'e-asiointi']::text[], array['e-tjänst']::text[], array['e-service']::text[]),
          (29, array['tunnistautuminen']::text[], array['identifiering']::text[], array['identification']::text[]),
          (30, array['hankinta']::text[], array['upphandling']::text[], array['procurement']::text[]),
          (31, array['osallisuus', 'osallistaminen']::text[], array['delaktighet']::text[], array['participation']::text[]),
          (32, array['älykaupunki']::text[], array['smart stad']::text[], array['smart city']::text[]),
          (33, array['arkistointi']::text[], array['arkivering']::text[], array['archiving']::text[]),
          (34, array['kiinteistö']::text[], array['fastighet']::text[], array['real estate']::text[]),
          (35, array['tietomalli']::text[], array['datamodell']::text[], array['data model']::text[]),
          (36, array['tiedonhallinta']::text[], array['informationshantering']::text[], array['information management']::text[]),
          (37, array['kokonaisarkkitehtuuri']::text[], array['helhetsarkitektur', 'övergripande arkitektur']::text[], array['enterprise architecture']::text[]),
          (38, array['asianhallinta']::text[], array['ärendehantering']::text[], array['case management']::text[]),
          (39, array['palvelumuotoilu']::text[], array['servicedesign']::text[], array['service design']::text[]),
          (40, array['automaatio']::text[], array['automatisering']::text[], array['automation']::text[]),
          (41, array['osaaminen']::text[], array['kompetens']::text[], array['competence']::text[]),
          (42, array['koulutus']::text[], array['utbildning']::text[], array['training']::text[]),
          (43, array['ylläpito']::text[], array['underhåll']::text[], array['maintenance']::text[]),
          (44, array['asiakaspalvelu']::text[], array['kundtjänst']::text[], array['customer service']::text[])
        ) as c(n, fi, sv, en);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_concept";`);
  }
}
