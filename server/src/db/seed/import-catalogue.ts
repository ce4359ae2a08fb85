import { ProvenanceStatus } from '../../domain/enums.js';
import { stableId } from '../../domain/ids.js';
import { lt } from '../../domain/localized.js';
import type { ProvenanceSource } from '../../domain/provenance.js';
import { readCsv, splitList, urls } from './csv.js';
import { MAP } from './mapping.js';
import type { OrganisationRegistry } from './organisations.js';
import type { Row } from './upsert.js';

export const nationalServiceId = (slug: string) => stableId(`national-service:${slug}`);
export const specificationId = (slug: string) => stableId(`specification:${slug}`);

/**
 * The per-row citations: one STATED source per URL, plus the row's own note on which fields are
 * general knowledge (shown as unverified).
 */
function rowProvenance(sourceUrls: string, note: string): ProvenanceSource[] {
  const list: ProvenanceSource[] = urls(sourceUrls).map((url) => ({ status: ProvenanceStatus.STATED, url }));
  const general = list.length === 0 || /GENERAL KNOWLEDGE/i.test(note);
  list.push({ status: general ? ProvenanceStatus.GENERAL_KNOWLEDGE : ProvenanceStatus.STATED, note });
  return list;
}

function mapped<T>(table: Record<string, T>, key: string, what: string): T {
  const v = table[key];
  if (v === undefined) throw new Error(`Reference data: no mapping for ${what} "${key}" (add it to seed/mapping.ts)`);
  return v;
}

/** The first organisation a provider/maintainer cell names, registered; null when none is named. */
function firstOrganisation(orgs: OrganisationRegistry, fi: string, en: string, prov: ProvenanceSource): string | null {
  const first = splitList(fi)[0];
  if (!first || first.startsWith('(')) return null;
  const name = first
    .replace(/\s*\((?!DVV|MML|OGC).*\)\s*$/, '')
    .split(' / ')[0]
    .trim();
  const enFirst = splitList(en)[0]?.replace(/\s*\(.*\)\s*$/, '');
  return orgs.add(name, prov, splitList(fi).length === 1 ? enFirst : null);
}

/** National services (hub nodes) from national-services.csv. */
export function readNationalServices(orgs: OrganisationRegistry): Row[] {
  return readCsv('national-services.csv').map((r) => {
    const provenance = rowProvenance(r.source_urls, r.provenance);
    const providerId = firstOrganisation(orgs, r.provider_fi, r.provider_en, {
      status: ProvenanceStatus.STATED,
      url: urls(r.source_urls)[0] ?? null,
      note: `Provider of ${r.name_fi}`,
    });
    return {
      id: nationalServiceId(r.id),
      slug: r.id,
      name: lt(r.name_fi, r.name_sv, r.name_en),
      kind: mapped(MAP.nationalServiceKind, r.id, 'national service'),
      provider_id: providerId,
      provider_text: lt(r.provider_fi, null, r.provider_en),
      description: lt(null, null, r.description_en),
      url: null,
      provenance,
    };
  });
}

/** Specifications (hub nodes) from specifications.csv. */
export function readSpecifications(orgs: OrganisationRegistry): Row[] {
  return readCsv('specifications.csv').map((r) => {
    const provenance = rowProvenance(r.source_urls, r.provenance);
    const ownerId = firstOrganisation(orgs, r.maintainer_fi, r.maintainer_en, {
      status: ProvenanceStatus.STATED,
      url: urls(r.source_urls)[0] ?? null,
      note: `Maintainer of ${r.name_fi}`,
    });
    return {
      id: specificationId(r.id),
      slug: r.id,
      name: lt(r.name_fi, r.name_sv, r.name_en),
      kind: mapped(MAP.specificationKind, r.kind, 'specification kind'),
      owner_id: ownerId,
      maintainer_text: lt(r.maintainer_fi, null, r.maintainer_en),
      description: lt(null, null, r.description_en),
      spec_version: null,
      uri: null,
      url: null,
      provenance,
    };
  });
}
