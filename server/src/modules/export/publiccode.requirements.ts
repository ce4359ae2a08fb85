import type { DeliverableFacts } from './deliverable-facts.queries.js';
import { LANGS } from './export.links.js';
import { PubliccodeGap } from './publiccode.types.js';
import { fitDescriptions, LONG_MIN } from './publiccode.texts.js';

export type PubliccodeFacts = Pick<
  DeliverableFacts,
  | 'shortDescription'
  | 'description'
  | 'keywords'
  | 'licence'
  | 'languages'
  | 'platforms'
  | 'maintenanceType'
  | 'maintenanceUntil'
  | 'contacts'
  | 'repositoryUrl'
  | 'developmentStatus'
>;

/**
 * What a software deliverable lacks for a publiccode.yml that the standard's parser accepts
 * (required keys and their rules, as publiccode-parser-go checks them). The export refuses rather
 * than write an invalid file or invent the missing values.
 */
export function publiccodeGaps(d: PubliccodeFacts): PubliccodeGap[] {
  const gaps: PubliccodeGap[] = [];
  if (!LANGS.some((lang) => fitDescriptions(d.shortDescription[lang], d.description[lang])))
    gaps.push({
      field: 'description',
      message: `a description of at least ${LONG_MIN} characters in one language (publiccode.yml longDescription)`,
    });
  if (!d.repositoryUrl)
    gaps.push({ field: 'repositoryUrl', message: 'the source code repository address (publiccode.yml url)' });
  if (!d.developmentStatus)
    gaps.push({
      field: 'developmentStatus',
      message: 'the development status (publiccode.yml developmentStatus)',
    });
  if (d.keywords.length === 0)
    gaps.push({ field: 'keywords', message: 'at least one keyword (publiccode.yml features)' });
  if (!d.licence) gaps.push({ field: 'licence', message: 'an SPDX licence (publiccode.yml legal.license)' });
  if (d.languages.length === 0)
    gaps.push({
      field: 'languages',
      message: 'at least one language (publiccode.yml localisation.availableLanguages)',
    });
  if (d.platforms.length === 0)
    gaps.push({ field: 'platforms', message: 'the platforms the software runs on (publiccode.yml platforms)' });
  const type = d.maintenanceType ?? 'none';
  if ((type === 'internal' || type === 'community') && d.contacts.length === 0)
    gaps.push({
      field: 'contacts',
      message: `a contact person, as maintenance is "${type}" (publiccode.yml maintenance.contacts)`,
    });
  if (type === 'contract' && (!d.maintenanceUntil || !d.contacts.some((c) => c.organisation)))
    gaps.push({
      field: 'maintenanceUntil',
      message:
        'a contact with an organisation and a maintenance end date, as maintenance is "contract" (publiccode.yml maintenance.contractors)',
    });
  return gaps;
}
