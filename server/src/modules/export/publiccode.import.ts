import type { Document, LineCounter } from 'yaml';
import { DeliverableKind, DevelopmentStatus, Platform } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { lazyImport } from '../../lazy-import.js';
import { isLineOfText } from '../../graphql/validation.js';
import { charCount, LONG_MAX, LONG_MIN, SHORT_MAX } from './publiccode.texts.js';

type Yaml = typeof import('yaml');

/** yaml (~9 MiB), loaded on the first publiccode.yml import. */
const loadYaml = lazyImport(() => import('yaml'));

/** Largest publiccode.yml accepted (bytes). */
export const PUBLICCODE_MAX_BYTES = 256 * 1024;

export interface DraftIssue {
  line: number | null;
  column: number | null;
  message: string;
  path: string;
}

/** The fields of CreateDeliverableInput that a publiccode.yml fills (project and ids are the caller's). */
export interface DeliverableDraftValue {
  kind: DeliverableKind;
  title: LocalizedText;
  shortDescription: LocalizedText;
  description: LocalizedText;
  keywords: string[];
  licence: string | null;
  languages: string[];
  platforms: Platform[];
  developmentStatus: DevelopmentStatus | null;
  maintenanceType: string | null;
  maintenanceUntil: string | null;
  contacts: Array<{ name: string; organisation: string | null }>;
  landingUrl: string | null;
  repositoryUrl: string | null;
  documentationUrl: string | null;
  softwareVersion: string | null;
  releaseDate: string | null;
}

export interface DraftResult {
  draft: DeliverableDraftValue | null;
  errors: DraftIssue[];
  warnings: DraftIssue[];
}

/** The standard's platform values (others are human-readable, and left out). */
const PLATFORMS: Record<string, Platform> = Object.fromEntries(
  Object.values(Platform).map((p) => [p.toLowerCase(), p]),
);

const KIND_OF_TYPE: Record<string, DeliverableKind> = {
  addon: DeliverableKind.SOFTWARE_EXTENSION,
  configurationFiles: DeliverableKind.CONFIGURATION,
};
const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
];
const STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const MAINTENANCE = ['internal', 'contract', 'community', 'none'];
// Same rule as CreateDeliverableInput.licence.
const SPDX = /^[A-Za-z0-9.+-]+(?: (?:AND|OR|WITH) [A-Za-z0-9.+-]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const VERSION = /^0(?:\.\d+){0,2}$/;

function isHttpUrl(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > 500) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
  } catch {
    return false;
  }
}

function isDate(v: unknown): v is string {
  return typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
}

/**
 * Reads a publiccode.yml into a deliverable draft, or says what is wrong with it, each problem with
 * its line and column. Nothing is stored. Versions 0.x of the standard are read.
 */
export async function draftFromPubliccode(text: string): Promise<DraftResult> {
  const errors: DraftIssue[] = [];
  const warnings: DraftIssue[] = [];
  if (Buffer.byteLength(text, 'utf8') > PUBLICCODE_MAX_BYTES) {
    return {
      draft: null,
      errors: [{ line: null, column: null, message: 'The file is larger than 256 kB.', path: '' }],
      warnings,
    };
  }
  const yaml = await loadYaml();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    errors.push({
      line: pos?.line ?? null,
      column: pos?.col ?? null,
      message: `Invalid YAML: ${e.message.split('\n')[0]}`,
      path: '',
    });
  }
  if (errors.length) return { draft: null, errors, warnings };
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias expanding to too much ("billion laughs"): refused as bad YAML, not a server error.
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return {
      draft: null,
      errors: [{ line: null, column: null, message: `Invalid YAML: ${message}`, path: '' }],
      warnings,
    };
  }
  const at = (path: (string | number)[], message: string, into = errors) =>
    into.push({ ...position(yaml, doc, lines, path), message, path: path.join('.') });
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    at([], 'A publiccode.yml must be a mapping of keys.');
    return { draft: null, errors, warnings };
  }
  const y = root as Record<string, unknown>;
  const str = (path: (string | number)[], required: boolean): string | null => {
    const v = get(y, path);
    if (v === undefined || v === null) {
      if (required) at(path.slice(0, -1), `"${path.join('.')}" is required.`);
      return null;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      at(path, `"${path.join('.')}" must be a string.`);
      return null;
    }
    return String(v);
  };
  const url = (path: (string | number)[], required: boolean): string | null => {
    const v = str(path, required);
    if (v !== null && !isHttpUrl(v)) {
      at(path, `"${path.join('.')}" must be an http(s) URL.`);
      return null;
    }
    return v;
  };
  const oneOf = (path: string[], allowed: string[], required: boolean): string | null => {
    const v = str(path, required);
    if (v !== null && !allowed.includes(v)) {
      at(path, `"${path.join('.')}" must be one of ${allowed.join(', ')}.`);
      return null;
    }
    return v;
  };

  const version = str(['publiccodeYmlVersion'], true);
  if (version !== null && !VERSION.test(version))
    at(['publiccodeYmlVersion'], `Unsupported publiccodeYmlVersion "${version}" (0.x is read).`);
  const name = str(['name'], true);
  const repositoryUrl = url(['url'], true);
  const landingUrl = url(['landingURL'], false);
  const platformsGiven = get(y, ['platforms']);
  const platforms: Platform[] = [];
  if (platformsGiven === undefined) at([], '"platforms" is required.');
  else if (
    typeof platformsGiven !== 'string' &&
    !(Array.isArray(platformsGiven) && platformsGiven.every((p) => typeof p === 'string'))
  ) {
    at(['platforms'], '"platforms" must be a string or a list of strings.');
  } else {
    for (const p of ([] as string[]).concat(platformsGiven as string | string[])) {
      const known = PLATFORMS[p.trim().toLowerCase()];
      if (!known)
        at(
          ['platforms'],
          `The platform "${p}" is not one of web, windows, mac, linux, ios, android: left out.`,
          warnings,
        );
      else if (!platforms.includes(known)) platforms.push(known);
    }
  }
  const status = oneOf(['developmentStatus'], STATUSES, true);
  const softwareType = oneOf(['softwareType'], SOFTWARE_TYPES, true);
  const licence = str(['legal', 'license'], true);
  if (licence !== null && (!SPDX.test(licence) || licence.length > 100)) {
    at(['legal', 'license'], '"legal.license" must be an SPDX licence id or expression such as EUPL-1.2.');
  }
  const maintenanceType = oneOf(['maintenance', 'type'], MAINTENANCE, true);
  const softwareVersion = str(['softwareVersion'], false);
  const releaseDate = str(['releaseDate'], false);
  if (releaseDate !== null && !isDate(releaseDate)) at(['releaseDate'], '"releaseDate" must be a date YYYY-MM-DD.');
  let maintenanceUntil: string | null = null;
  const contractors = get(y, ['maintenance', 'contractors']);
  if (contractors !== undefined) {
    if (!Array.isArray(contractors)) at(['maintenance', 'contractors'], '"maintenance.contractors" must be a list.');
    else {
      contractors.forEach((_, i) => {
        const until = str(['maintenance', 'contractors', i, 'until'], true);
        if (until !== null && !isDate(until))
          at(['maintenance', 'contractors', i, 'until'], 'A contractor\'s "until" must be a date YYYY-MM-DD.');
        else if (until && (!maintenanceUntil || until > maintenanceUntil)) maintenanceUntil = until;
      });
    }
  }
  if (maintenanceType === 'contract' && !(Array.isArray(contractors) && contractors.length))
    at(['maintenance'], '"maintenance.contractors" is required when maintenance.type is contract.');
  const contacts: Array<{ name: string; organisation: string | null }> = [];
  const people = get(y, ['maintenance', 'contacts']);
  if (people !== undefined && !Array.isArray(people))
    at(['maintenance', 'contacts'], '"maintenance.contacts" must be a list.');
  else if (Array.isArray(people)) {
    people.forEach((person, i) => {
      const base = ['maintenance', 'contacts', i];
      const name = str([...base, 'name'], true);
      const affiliation = str([...base, 'affiliation'], false);
      if (name !== null && !isLineOfText(name, 120))
        at([...base, 'name'], 'A contact\'s "name" must be one line of 1..120 characters.');
      else if (name !== null && contacts.length < 10)
        contacts.push({ name: name.trim(), organisation: affiliation?.trim().slice(0, 200) || null });
      if (person && typeof person === 'object' && ('email' in person || 'phone' in person))
        at(
          base,
          'E-mail addresses and phone numbers of contacts are not taken: add a public contact page instead.',
          warnings,
        );
    });
  }
  if ((maintenanceType === 'internal' || maintenanceType === 'community') && !(Array.isArray(people) && people.length))
    at(['maintenance'], `"maintenance.contacts" is required when maintenance.type is ${maintenanceType}.`);

  const title: LocalizedText = {};
  const shortDescription: LocalizedText = {};
  const description: LocalizedText = {};
  const keywords: string[] = [];
  let documentationUrl: string | null = null;
  const desc = get(y, ['description']);
  if (desc === undefined) at([], '"description" is required (at least one language).');
  else if (!desc || typeof desc !== 'object' || Array.isArray(desc) || Object.keys(desc).length === 0) {
    at(['description'], '"description" must map at least one language to its texts.');
  } else {
    for (const key of Object.keys(desc)) {
      const lang = key.toLowerCase().split('-')[0] as keyof LocalizedText;
      const base = ['description', key];
      const localisedName = str([...base, 'localisedName'], false);
      const short = str([...base, 'shortDescription'], true);
      if (short !== null && charCount(short.trim()) > SHORT_MAX)
        at([...base, 'shortDescription'], `shortDescription may have at most ${SHORT_MAX} characters.`);
      const long = str([...base, 'longDescription'], true);
      if (long !== null && (charCount(long.trim()) < LONG_MIN || charCount(long.trim()) > LONG_MAX))
        at([...base, 'longDescription'], `longDescription must have ${LONG_MIN} to ${LONG_MAX} characters.`);
      const doc = url([...base, 'documentation'], false);
      const features = get(y, [...base, 'features']);
      if (features === undefined || (Array.isArray(features) && features.length === 0)) {
        const where = features === undefined ? base : [...base, 'features'];
        at(where, `"${[...base, 'features'].join('.')}" is required (at least one feature).`);
      } else if (!(Array.isArray(features) && features.every((f) => typeof f === 'string'))) {
        at([...base, 'features'], '"features" must be a list of strings.');
      } else if (Array.isArray(features)) {
        for (const f of features as string[]) {
          const k = f.trim();
          if (k.length === 0 || k.length > 60)
            at(
              [...base, 'features'],
              `Feature "${k.slice(0, 40)}" is not a keyword of 1..60 characters: left out.`,
              warnings,
            );
          else if (!keywords.includes(k)) keywords.push(k);
        }
      }
      if (lang !== 'fi' && lang !== 'sv' && lang !== 'en') {
        at(base, `Language "${key}" is not one of fi, sv, en: left out of the draft.`, warnings);
        continue;
      }
      if (localisedName) title[lang] = localisedName.trim();
      if (short) shortDescription[lang] = short.trim();
      if (long) description[lang] = long.trim();
      documentationUrl ??= doc;
    }
  }
  if (name && Object.keys(title).length === 0) title.fi = name;
  if (keywords.length > 30) {
    at(['description'], `Only the first 30 of ${keywords.length} features are kept as keywords.`, warnings);
    keywords.length = 30;
  }
  const languages: string[] = [];
  const available = get(y, ['localisation', 'availableLanguages']);
  if (available !== undefined) {
    if (!Array.isArray(available) || !available.every((l) => typeof l === 'string')) {
      at(['localisation', 'availableLanguages'], '"localisation.availableLanguages" must be a list of language codes.');
    } else {
      for (const l of available as string[]) {
        const code = l.toLowerCase().split('-')[0];
        if (!/^[a-z]{2}$/.test(code))
          at(['localisation', 'availableLanguages'], `"${l}" is not a BCP 47 language tag with a two-letter language.`);
        else if (!languages.includes(code)) languages.push(code);
      }
    }
  }
  if (errors.length) return { draft: null, errors, warnings };
  return {
    draft: {
      kind: KIND_OF_TYPE[softwareType!] ?? DeliverableKind.SOFTWARE,
      title,
      shortDescription,
      description,
      keywords,
      licence,
      languages: languages.slice(0, 10),
      platforms,
      developmentStatus: status ? (status.toUpperCase() as DevelopmentStatus) : null,
      maintenanceType,
      maintenanceUntil,
      contacts,
      landingUrl,
      repositoryUrl,
      documentationUrl,
      softwareVersion,
      releaseDate,
    },
    errors,
    warnings,
  };
}

function get(root: unknown, path: (string | number)[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** Line and column (1-based) of the node at `path`, or of its nearest existing parent. */
function position(
  { isMap, isSeq }: Pick<Yaml, 'isMap' | 'isSeq'>,
  doc: Document,
  lines: LineCounter,
  path: (string | number)[],
): { line: number | null; column: number | null } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && (n === 0 || isMap(node) || isSeq(node) || node)) {
      const { line, col } = lines.linePos(range[0]);
      return { line, column: col };
    }
  }
  return { line: null, column: null };
}
