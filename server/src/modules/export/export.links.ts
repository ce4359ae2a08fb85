import type { Lang } from '../../domain/enums.js';
import { resolveText, type LocalizedText } from '../../domain/localized.js';
import { toGlobalId } from '../../graphql/global-id.js';

/** Web pages of the client: the stable, resolvable address of each node in exports. */
export const pages = {
  deliverable: (origin: string, uuid: string, lang: Lang | 'fi' = 'fi') =>
    `${origin}/${lang}/deliverables/${toGlobalId('Deliverable', uuid)}`,
  project: (origin: string, slug: string, lang: Lang | 'fi' = 'fi') =>
    `${origin}/${lang}/projects/${encodeURIComponent(slug)}`,
  organisation: (origin: string, uuid: string, municipalityCode?: string | null, lang: Lang | 'fi' = 'fi') =>
    municipalityCode
      ? `${origin}/${lang}/municipalities/${municipalityCode}`
      : `${origin}/${lang}/organisations/${toGlobalId('Organisation', uuid)}`,
  service: (origin: string, slug: string, lang: Lang | 'fi' = 'fi') =>
    `${origin}/${lang}/services/${encodeURIComponent(slug)}`,
  specification: (origin: string, slug: string, lang: Lang | 'fi' = 'fi') =>
    `${origin}/${lang}/specifications/${encodeURIComponent(slug)}`,
  file: (origin: string, uuid: string) => `${origin}/api/files/${uuid}`,
};

/**
 * Identifier URI of an organisation from its authoritative keys (DOMAIN.md): the business ID
 * (Y-tunnus) first, else the municipality code. These are URNs, not invented web addresses.
 */
export function organisationUrn(o: { businessId?: string | null; municipalityCode?: string | null }): string | null {
  if (o.businessId) return `urn:fi:ytunnus:${o.businessId}`;
  if (o.municipalityCode) return `urn:fi:kuntanumero:${o.municipalityCode}`;
  return null;
}

/** Text in the wanted language with fallback, or ''. */
export function textOf(t: LocalizedText | null | undefined, lang: Lang): string {
  return resolveText(t, lang)?.text ?? '';
}

export const LANGS = ['fi', 'sv', 'en'] as const;
