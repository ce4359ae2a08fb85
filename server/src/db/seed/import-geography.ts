import { OrganisationKind, ProvenanceStatus } from '../../domain/enums.js';
import { stableId } from '../../domain/ids.js';
import { lt } from '../../domain/localized.js';
import { readCsv, int } from './csv.js';
import { MAP } from './mapping.js';
import { municipalityId } from './organisations.js';
import type { Row } from './upsert.js';

export const regionId = (code: string) => stableId(`region:${code}`);

const STATFI = {
  status: ProvenanceStatus.STATED,
  url: 'https://github.com/lkai1/finnish_regions/blob/d1c4d2975a7bc0e760d94cacf123909e2bfd9199/kunta_1_20210101%23maakunta_1_20210101.csv',
  note: 'Source: Statistics Finland, municipality and region classifications 2021 (CC BY 4.0)',
};
const YLE = {
  status: ProvenanceStatus.STATED,
  url: 'https://github.com/Yleisradio/geodata/tree/131fa8628120ceba5a5f0003d3dad241ef25e004/finland',
  note: 'Yle geodata 2021: Swedish names (Kotus forms), population 31.12.2020, borders from which the label point was derived; licence unconfirmed',
  date: '2022-01-04',
};

export interface Geography {
  regions: Row[];
  municipalities: Row[];
  /** Municipality id by Finnish (and Swedish) name, lower-cased. */
  byName: Map<string, string>;
  byCode: Map<string, string>;
}

/** Regions and the 309 municipalities of 2021 with names, population, location and language status. */
export function readGeography(): Geography {
  const regions = readCsv('regions.csv').map((r) => ({
    id: regionId(r.code),
    code: r.code,
    name: lt(r.name_fi, r.name_sv, r.name_en),
    provenance: [
      { ...STATFI, field: 'code,name.fi' },
      { ...YLE, field: 'name.sv,name.en' },
    ],
  }));
  const points = new Map(readCsv('municipality-centroids-2021.csv').map((r) => [r.code, r]));
  const language = new Map(readCsv('municipality-language-status.csv').map((r) => [r.code, r]));
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  const municipalities = readCsv('municipalities.csv').map((r) => {
    const id = municipalityId(r.code);
    byName.set(r.name_fi.toLowerCase(), id);
    byName.set(r.name_sv.toLowerCase(), id);
    byCode.set(r.code, id);
    const p = points.get(r.code);
    const l = language.get(r.code);
    const provenance: Row[] = [
      { ...STATFI, field: 'municipalityCode,name.fi,region' },
      { ...YLE, field: 'name.sv,population,lat,lon' },
    ];
    if (l)
      provenance.push({ status: ProvenanceStatus.STATED, url: l.source_url, note: l.note, field: 'languageStatus' });
    if (r.name_sv_alt_koodisto) {
      provenance.push({
        status: ProvenanceStatus.STATED,
        url: 'https://github.com/CSC-IT-Center-for-Science/oiva-frontend',
        note: `Alternative Swedish name "${r.name_sv_alt_koodisto}" from the Opintopolku code list copy; kept as a search alias`,
        field: 'aliases',
      });
    }
    return {
      id,
      slug: `kunta-${r.code}`,
      kind: OrganisationKind.MUNICIPALITY,
      name: lt(r.name_fi, r.name_sv),
      municipality_code: r.code,
      region_id: regionId(r.region_code),
      population: int(r.population),
      language_status: l ? (MAP.languageStatus[l.language_status] ?? null) : null,
      lat: p ? Number(p.label_lat) : null,
      lon: p ? Number(p.label_lon) : null,
      aliases: r.name_sv_alt_koodisto ? [r.name_sv_alt_koodisto] : [],
      provenance,
    };
  });
  return { regions, municipalities, byName, byCode };
}
