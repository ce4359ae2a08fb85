import { useState } from 'react';
import { checkText, checkTexts } from '../../app/form-checks';
import { TextField, type FieldError, type FieldErrorOf } from '../../app/forms';
import type { useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { LIMITS } from '../../app/limits';
import {
  LanguageFields,
  languageLabels,
  textsInput,
  textsOf,
  type LocalizedField,
} from '../project-edit/LanguageFields';
import {
  linkErrors,
  linkLabels,
  linkRowsOf,
  linksInput,
  ReleaseLinkFields,
  type ReleaseLinkValue,
} from './ReleaseLinks';

type T = ReturnType<typeof useT>['t'];

/** The notes field of a release, in every language. */
export function releaseNoteFields(t: T): LocalizedField[] {
  return [{ field: 'notes', label: t('deliverableEdit.notes'), multiline: true, rows: 3, maxLength: LIMITS.text }];
}

export interface ReleaseValues {
  version: string;
  releasedAt: string | null;
  notesTranslations: { fi: string | null; sv: string | null; en: string | null } | null;
  links: readonly ReleaseLinkValue[];
}

/**
 * The state of a release's version, date, notes and links as a form edits them: what the fields
 * draw, the labels of their errors, the errors found before asking the API, and the API input.
 */
export function useReleaseFields(initial: ReleaseValues, lang: Lang) {
  const [version, setVersion] = useState(initial.version);
  const [releasedAt, setReleasedAt] = useState(initial.releasedAt ?? '');
  const [notes, setNotes] = useState(() => textsOf(initial.notesTranslations));
  const [links, setLinks] = useState(() => linkRowsOf(initial.links, lang));
  return {
    state: { version, setVersion, releasedAt, setReleasedAt, notes, setNotes, links, setLinks },
    labels: (t: T): Record<string, string> => ({
      ...languageLabels(releaseNoteFields(t), t),
      version: t('deliverableEdit.version'),
      releasedAt: t('deliverableEdit.releasedAt'),
      ...linkLabels(links, t, lang),
    }),
    errors: (t: T): FieldError[] => [
      ...checkText('version', version, LIMITS.version, t, { required: true }),
      ...checkTexts('notes', notes, LIMITS.text, t),
      ...linkErrors(links, t, lang),
    ],
    input: () => ({
      version: version.trim(),
      releasedAt: releasedAt || null,
      notes: textsInput(notes),
      links: linksInput(links, lang),
    }),
  };
}

export interface ReleaseFieldsProps {
  t: T;
  lang: Lang;
  state: ReturnType<typeof useReleaseFields>['state'];
  fieldError: FieldErrorOf;
  linksHint: string;
}

/** Version, release date, notes and links: shared by the new-release page and the release editor. */
export function ReleaseFields({ t, lang, state: s, fieldError, linksHint }: ReleaseFieldsProps) {
  return (
    <>
      <TextField
        field="version"
        label={t('deliverableEdit.version')}
        hint={t('deliverableEdit.versionHint')}
        maxLength={LIMITS.version}
        value={s.version}
        onChange={s.setVersion}
        error={fieldError('version')}
        required
      />
      <TextField
        field="releasedAt"
        type="date"
        label={t('deliverableEdit.releasedAt')}
        value={s.releasedAt}
        onChange={s.setReleasedAt}
        error={fieldError('releasedAt')}
      />
      <LanguageFields
        fields={releaseNoteFields(t)}
        values={{ notes: s.notes }}
        onChange={(_, l, v) => s.setNotes((n) => ({ ...n, [l]: v }))}
        fieldError={fieldError}
      />
      <ReleaseLinkFields
        t={t}
        lang={lang}
        rows={s.links}
        setRows={s.setLinks}
        fieldError={fieldError}
        hint={linksHint}
      />
    </>
  );
}
