import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127202421 } from './Migration20261127202421.js';
import { Migration20261127210000_search } from './Migration20261127210000_search.js';
import { Migration20261127213011_auth } from './Migration20261127213011_auth.js';
import { Migration20261127230730_contribution } from './Migration20261127230730_contribution.js';
import { Migration20261127232415_oidc } from './Migration20261127232415_oidc.js';
import { Migration20261127234856_search_upsert } from './Migration20261127234856_search_upsert.js';
import { Migration20261128000552_notifications } from './Migration20261128000552_notifications.js';
import { Migration20261128034207_webhook_secret } from './Migration20261128034207_webhook_secret.js';
import { Migration20261128052000_search_heading } from './Migration20261128052000_search_heading.js';
import { Migration20261128093000_search_word_statistics } from './Migration20261128093000_search_word_statistics.js';
import { Migration20261128100000_deliverable_recent } from './Migration20261128100000_deliverable_recent.js';
import { Migration20261128200000_search_themes } from './Migration20261128200000_search_themes.js';
import { Migration20261128210000_deliverable_platforms } from './Migration20261128210000_deliverable_platforms.js';
import { Migration20261129020000_search_regions } from './Migration20261129020000_search_regions.js';
import { Migration20261129030000_search_filter_indexes } from './Migration20261129030000_search_filter_indexes.js';
import { Migration20261129040000_search_theme_index } from './Migration20261129040000_search_theme_index.js';
import { Migration20261129044325_search_concept } from './Migration20261129044325_search_concept.js';
import { Migration20261129060000_search_facet_index } from './Migration20261129060000_search_facet_index.js';
import { Migration20261129130000_search_heading_facet_index } from './Migration20261129130000_search_heading_facet_index.js';
import { Migration20261129150000_drop_search_heading_index } from './Migration20261129150000_drop_search_heading_index.js';
import { Migration20261129160000_search_browse_index } from './Migration20261129160000_search_browse_index.js';
import { Migration20261129170000_search_word_folded } from './Migration20261129170000_search_word_folded.js';
import { Migration20261129180000_adoption_by_producer } from './Migration20261129180000_adoption_by_producer.js';

/**
 * Every migration, in order. Listed explicitly (not globbed) so tsx, tsc and vitest load them
 * the same way; a test checks that no file in this folder is missing here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127202421', class: Migration20261127202421 },
  { name: 'Migration20261127210000_search', class: Migration20261127210000_search },
  { name: 'Migration20261127213011_auth', class: Migration20261127213011_auth },
  { name: 'Migration20261127230730_contribution', class: Migration20261127230730_contribution },
  { name: 'Migration20261127232415_oidc', class: Migration20261127232415_oidc },
  { name: 'Migration20261127234856_search_upsert', class: Migration20261127234856_search_upsert },
  { name: 'Migration20261128000552_notifications', class: Migration20261128000552_notifications },
  { name: 'Migration20261128034207_webhook_secret', class: Migration20261128034207_webhook_secret },
  { name: 'Migration20261128052000_search_heading', class: Migration20261128052000_search_heading },
  {
    name: 'Migration20261128093000_search_word_statistics',
    class: Migration20261128093000_search_word_statistics,
  },
  { name: 'Migration20261128100000_deliverable_recent', class: Migration20261128100000_deliverable_recent },
  { name: 'Migration20261128200000_search_themes', class: Migration20261128200000_search_themes },
  {
    name: 'Migration20261128210000_deliverable_platforms',
    class: Migration20261128210000_deliverable_platforms,
  },
  { name: 'Migration20261129020000_search_regions', class: Migration20261129020000_search_regions },
  {
    name: 'Migration20261129030000_search_filter_indexes',
    class: Migration20261129030000_search_filter_indexes,
  },
  { name: 'Migration20261129040000_search_theme_index', class: Migration20261129040000_search_theme_index },
  { name: 'Migration20261129044325_search_concept', class: Migration20261129044325_search_concept },
  { name: 'Migration20261129060000_search_facet_index', class: Migration20261129060000_search_facet_index },
  {
    name: 'Migration20261129130000_search_heading_facet_index',
    class: Migration20261129130000_search_heading_facet_index,
  },
  {
    name: 'Migration20261129150000_drop_search_heading_index',
    class: Migration20261129150000_drop_search_heading_index,
  },
  { name: 'Migration20261129160000_search_browse_index', class: Migration20261129160000_search_browse_index },
  { name: 'Migration20261129170000_search_word_folded', class: Migration20261129170000_search_word_folded },
  { name: 'Migration20261129180000_adoption_by_producer', class: Migration20261129180000_adoption_by_producer },
];
