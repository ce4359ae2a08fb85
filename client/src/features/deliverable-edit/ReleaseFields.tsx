import type { Dispatch, SetStateAction } from 'react';
import { TextField } from '../../app/forms';
import type { useT } from '../../app/i18n';
import { LanguageFields, languageLabels, type LocalizedField, type Texts } from '../project-edit/LanguageFields';

type T = ReturnType<typeof useT>['t'];

/** The notes field of a release, in every language. */
export function releaseNoteFields(t: T): LocalizedField[] {
  return [{ field: 'notes', label: t('deliverableEdit.notes'), multiline: true, rows: 3 }];
}

/** Error-summary labels of the fields ReleaseFields draws. */
export function releaseLabels(t: T): Record<string, string> {
  return {
    ...languageLabels(releaseNoteFields(t), t),
    version: t('deliverableEdit.version'),
    releasedAt: t('deliverableEdit.releasedAt'),
  };
}

export interface ReleaseFieldsProps {
  t: T;
  version: string;
  setVersion: (v: string) => void;
  releasedAt: string;
  setReleasedAt: (v: string) => void;
  notes: Texts;
  setNotes: Dispatch<SetStateAction<Texts>>;
  fieldError: (field: string) => string | undefined;
}

/** Version, release date and notes: shared by the new-release page and the release editor. */
export function ReleaseFields(p: ReleaseFieldsProps) {
  const labels = releaseLabels(p.t);
  return (
    <>
      <TextField
        field="version"
        label={labels.version}
        hint={p.t('deliverableEdit.versionHint')}
        value={p.version}
        onChange={p.setVersion}
        error={p.fieldError('version')}
        required
      />
      <TextField
        field="releasedAt"
        type="date"
        label={labels.releasedAt}
        value={p.releasedAt}
        onChange={p.setReleasedAt}
        error={p.fieldError('releasedAt')}
      />
      <LanguageFields
        fields={releaseNoteFields(p.t)}
        values={{ notes: p.notes }}
        onChange={(_, l, v) => p.setNotes((n) => ({ ...n, [l]: v }))}
        fieldError={p.fieldError}
      />
    </>
  );
}
