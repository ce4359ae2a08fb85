import { DeliverableKind } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { lazyImport } from '../../lazy-import.js';
import type { DeliverableFacts, OrgFacts } from './deliverable-facts.queries.js';
import { LANGS, organisationUrn, pages, textOf } from './export.links.js';
import { fitDescriptions } from './publiccode.texts.js';

/** yaml (~9 MiB), loaded on the first publiccode.yml export. */
const loadYaml = lazyImport(() => import('yaml'));

/** The publiccode.yml standard version written (https://yml.publiccode.tools, release v0.7.0). */
export const PUBLICCODE_VERSION = '0.7';

/**
 * Kinds that are software and so can be described by publiccode.yml, with their softwareType
 * (a standalone application's is refined by its platforms: softwareTypeOf).
 */
export const SOFTWARE_TYPE: Partial<Record<DeliverableKind, string>> = {
  [DeliverableKind.SOFTWARE]: 'standalone/web',
  [DeliverableKind.SOFTWARE_EXTENSION]: 'addon',
  [DeliverableKind.CONFIGURATION]: 'configurationFiles',
};

const MOBILE = new Set(['IOS', 'ANDROID']);
const DESKTOP = new Set(['WINDOWS', 'MAC', 'LINUX']);

/** publiccode.yml softwareType: a standalone application's is web, mobile, desktop or other by its platforms. */
export function softwareTypeOf(kind: string, platforms: readonly string[]): string | undefined {
  const type = SOFTWARE_TYPE[kind as DeliverableKind];
  if (kind !== DeliverableKind.SOFTWARE || platforms.includes('WEB')) return type;
  if (platforms.length && platforms.every((p) => MOBILE.has(p))) return 'standalone/mobile';
  if (platforms.length && platforms.every((p) => DESKTOP.has(p))) return 'standalone/desktop';
  return platforms.length ? 'standalone/other' : type;
}

/** Project themes that have an obvious publiccode.yml category; the others get none. */
const THEME_CATEGORY: Record<string, string> = {
  LAND_USE_PLANNING: 'geographic-information-systems',
  PLAN_DATA_MODEL: 'geographic-information-systems',
  MASTER_PLAN_MAINTENANCE: 'geographic-information-systems',
  CITY_MODEL_3D: 'geographic-information-systems',
  DIGITAL_SECURITY: 'it-security',
  SAAS_SECURITY: 'it-security',
  CYBER_SECURITY_TESTING: 'it-security',
  DATA_DRIVEN_MANAGEMENT: 'data-analytics',
};

const nameOf = (t: LocalizedText) => textOf(t, 'fi' as never);

function publiccodeOrganisation(o: OrgFacts, origin: string): { uri: string; name: string } {
  return { uri: organisationUrn(o) ?? pages.organisation(origin, o.id, o.municipalityCode), name: nameOf(o.name) };
}

/**
 * publiccode.yml (v0.7) of a software deliverable. Only what the graph knows is written: no
 * invented people, addresses or categories. Specifications and national services go to the
 * standard's `supports` list (v0.7) as URIs; `usedBy` holds only adopters whose use counts as reuse.
 */
export function publiccodeOf(d: DeliverableFacts, origin: string): Record<string, unknown> {
  const release = d.releases[0];
  const out: Record<string, unknown> = {
    publiccodeYmlVersion: PUBLICCODE_VERSION,
    name: nameOf(d.title),
    url: d.repositoryUrl ?? d.landingUrl ?? pages.deliverable(origin, d.id),
  };
  if (d.landingUrl) out.landingURL = d.landingUrl;
  else if (!d.repositoryUrl) out.landingURL = pages.deliverable(origin, d.id);
  if (d.derivedFrom)
    out.isBasedOn =
      d.derivedFrom.repositoryUrl ?? d.derivedFrom.landingUrl ?? pages.deliverable(origin, d.derivedFrom.id);
  if (release) out.softwareVersion = release.version;
  if (release?.releasedAt) out.releaseDate = release.releasedAt;
  out.platforms = d.platforms.map((p) => p.toLowerCase()); // publiccodeGaps: never empty here
  const categories = [
    ...new Set(d.projects.flatMap((p) => p.themes.map((t) => THEME_CATEGORY[t]).filter(Boolean))),
  ].sort();
  if (categories.length) out.categories = categories;
  if (d.usedBy.length) out.usedBy = d.usedBy.map((o) => nameOf(o.name));
  const funders = d.funders.map((o) => publiccodeOrganisation(o, origin));
  for (const p of d.programmes) if (!p.funder && p.url) funders.push({ uri: p.url, name: nameOf(p.name) });
  if (funders.length) out.fundedBy = funders;
  out.developmentStatus = d.developmentStatus!.toLowerCase(); // publiccodeGaps: never missing here
  out.softwareType = softwareTypeOf(d.kind, d.platforms);
  const supports = [
    ...d.specifications.map((s) => s.uri ?? s.url ?? pages.specification(origin, s.slug)),
    ...d.services.map((s) => s.url ?? pages.service(origin, s.slug)),
  ];
  if (supports.length) out.supports = [...new Set(supports)].map((id) => ({ id }));
  if (d.publisher) out.organisation = publiccodeOrganisation(d.publisher, origin);
  out.intendedAudience = { countries: ['FI'] };
  const description: Record<string, Record<string, unknown>> = {};
  for (const lang of LANGS) {
    const texts = fitDescriptions(d.shortDescription[lang], d.description[lang]);
    if (texts) description[lang] = descriptionEntry(d, d.title[lang], texts);
  }
  out.description = description;
  out.legal = {
    ...(d.licence ? { license: d.licence } : {}),
    ...(d.publisher ? { mainCopyrightOwner: nameOf(d.publisher.name) } : {}),
  };
  out.maintenance = maintenanceOf(d);
  out.localisation = { localisationReady: d.languages.length > 1, availableLanguages: d.languages };
  return out;
}

function descriptionEntry(
  d: DeliverableFacts,
  title: string | null | undefined,
  texts: { shortDescription: string; longDescription: string },
): Record<string, unknown> {
  return {
    ...(title ? { localisedName: title } : {}),
    ...texts,
    ...(d.documentationUrl ? { documentation: d.documentationUrl } : {}),
    ...(d.keywords.length ? { features: d.keywords } : {}),
  };
}

function maintenanceOf(d: DeliverableFacts): Record<string, unknown> {
  const type = d.maintenanceType ?? 'none';
  const m: Record<string, unknown> = { type };
  const affiliations = [...new Set(d.contacts.map((c) => c.organisation).filter((o): o is string => !!o))];
  if (type === 'contract' && d.maintenanceUntil && affiliations.length) {
    m.contractors = affiliations.map((name) => ({ name, until: d.maintenanceUntil }));
  }
  if (d.contacts.length) {
    m.contacts = d.contacts.map((c) => ({ name: c.name, ...(c.organisation ? { affiliation: c.organisation } : {}) }));
  }
  return m;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YAML text (UTF-8, block style, keys in the standard's order). */
export async function publiccodeYaml(d: DeliverableFacts, origin: string): Promise<string> {
  const { Document, isScalar, visit } = await loadYaml();
  // No anchors and aliases (languages share one features list), and dates quoted: a YAML 1.1
  // parser would read an unquoted 2024-02-01 as a timestamp, not the string the standard wants.
  const doc = new Document(publiccodeOf(d, origin), { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && ISO_DATE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `# publiccode.yml ${PUBLICCODE_VERSION} exported by Kuntagraph: https://yml.publiccode.tools\n${doc.toString({ lineWidth: 0 })}`;
}
