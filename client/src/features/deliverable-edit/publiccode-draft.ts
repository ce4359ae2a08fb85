import { LANGS } from '../../app/lang';
import type { Texts } from '../project-edit/LanguageFields';
import { DELIVERABLE_KINDS, DEVELOPMENT_STATUSES, MAINTENANCE_TYPES, PLATFORMS } from './deliverable-edit.queries';
import { contactRowsOf } from './ContactsFields';
import type { DeliverableValues } from './DeliverableForm';
import type { DeliverableDraft } from './publiccode.queries';

type Translations = { fi?: string | null; sv?: string | null; en?: string | null };

/** Each language the draft has a text in replaces the form's; the others stay as they were. */
function mergeTexts(current: Texts, draft: Translations): Texts {
  const next = { ...current };
  for (const l of LANGS) {
    const text = draft[l]?.trim();
    if (text) next[l] = text;
  }
  return next;
}

const known = <T extends string>(allowed: readonly T[], value: string | null | undefined): value is T =>
  value != null && (allowed as readonly string[]).includes(value);

const filled = (value: string | null | undefined): value is string => value != null && value.trim() !== '';

/**
 * The form's values with what a publiccode.yml draft holds: only the fields the draft has are
 * replaced (a missing licence does not clear one typed already), and values this client does not
 * know (an enum value of a newer API) are left out rather than put in a select that cannot show
 * them. The release's version and date are not deliverable fields: the caller mentions them.
 */
export function valuesFromDraft(values: DeliverableValues, draft: DeliverableDraft): DeliverableValues {
  const next: DeliverableValues = {
    ...values,
    title: mergeTexts(values.title, draft.title),
    shortDescription: mergeTexts(values.shortDescription, draft.shortDescription),
    description: mergeTexts(values.description, draft.description),
  };
  if (known(DELIVERABLE_KINDS, draft.kind)) next.kind = draft.kind;
  if (known(DEVELOPMENT_STATUSES, draft.developmentStatus)) next.developmentStatus = draft.developmentStatus;
  if (known(MAINTENANCE_TYPES, draft.maintenanceType)) next.maintenanceType = draft.maintenanceType;
  if (draft.keywords.length) next.keywords = draft.keywords.join('\n');
  if (draft.languages.length) next.languages = [...draft.languages];
  const platforms = draft.platforms.filter((p) => known(PLATFORMS, p));
  if (platforms.length) next.platforms = platforms;
  // The file's maintenance contacts replace the rows, as its keywords do.
  if (draft.contacts.length) next.contacts = contactRowsOf(draft.contacts);
  if (filled(draft.licence)) next.licence = draft.licence;
  if (filled(draft.maintenanceUntil)) next.maintenanceUntil = draft.maintenanceUntil;
  if (filled(draft.landingUrl)) next.landingUrl = draft.landingUrl;
  if (filled(draft.repositoryUrl)) next.repositoryUrl = draft.repositoryUrl;
  if (filled(draft.documentationUrl)) next.documentationUrl = draft.documentationUrl;
  return next;
}
