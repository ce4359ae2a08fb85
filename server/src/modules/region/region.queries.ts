import type { ViewSpec } from '../../graphql/loaders.js';

export const REGION: ViewSpec = {
  typename: 'Region',
  from: 'region t',
  columns: `t.id as uuid, t.code, t.name as "nameTranslations", t.provenance,
    (select count(*)::int from organisation m where m.region_id = t.id and m.kind = 'MUNICIPALITY') as "municipalityCount",
    (select sum(m.population)::int from organisation m where m.region_id = t.id and m.kind = 'MUNICIPALITY') as population`,
};
