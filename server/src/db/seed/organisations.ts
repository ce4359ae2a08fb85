import { stableId, slugify } from '../../domain/ids.js';
import { lt, type LocalizedText } from '../../domain/localized.js';
import type { ProvenanceSource } from '../../domain/provenance.js';
import { kindFromName, ORG_ALIASES } from './mapping.js';
import type { Row } from './upsert.js';

/** Municipality key: its Statistics Finland code. */
export const municipalityId = (code: string) => stableId(`organisation:municipality:${code}`);
/** Other organisations: keyed by a slug of the Finnish name. */
export const organisationId = (slug: string) => stableId(`organisation:${slug}`);

/**
 * Collects the non-municipal organisations the sources mention, merging spellings of the same
 * body into one record, so every organisation is written once.
 */
export class OrganisationRegistry {
  private readonly rows = new Map<string, Row>();

  /** Registers (or finds) an organisation by how a source writes its name; returns its id. */
  add(sourceName: string, provenance: ProvenanceSource, en?: string | null): string {
    const cleaned = sourceName.replace(/\s+/g, ' ').trim();
    const canonical =
      ORG_ALIASES[cleaned.toLowerCase()] ?? ORG_ALIASES[cleaned.replace(/\s*\(.*\)\s*$/, '').toLowerCase()];
    const fi = canonical?.fi ?? cleaned.replace(/\s*\(.*\)\s*$/, '');
    const slug = slugify(fi, 100);
    const id = organisationId(slug);
    const existing = this.rows.get(slug);
    if (existing) {
      const prov = existing.provenance as ProvenanceSource[];
      if (!prov.some((p) => p.url === provenance.url && p.note === provenance.note)) prov.push(provenance);
      return id;
    }
    const name: LocalizedText = lt(fi, canonical?.sv, canonical?.en ?? en ?? null);
    this.rows.set(slug, {
      id,
      slug,
      kind: kindFromName(fi, slug),
      name,
      aliases: canonical?.aliases ?? [],
      provenance: [provenance],
    });
    return id;
  }

  /** The rows to write, in a stable order. */
  toRows(): Row[] {
    return [...this.rows.values()].sort((a, b) => String(a.slug).localeCompare(String(b.slug)));
  }
}
