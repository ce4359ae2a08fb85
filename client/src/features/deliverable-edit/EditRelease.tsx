import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from 'suomifi-ui-components';
import { useMutation } from 'urql';
import {
  ErrorSummary,
  formErrors,
  newIdempotencyKey,
  SubmitButton,
  useFormErrors,
  type FieldError,
} from '../../app/forms';
import { useT } from '../../app/i18n';
import { Notice } from '../../app/Notice';
import { textsInput, textsOf } from '../project-edit/LanguageFields';
import { UpdateReleaseMutation } from './deliverable-edit.queries';
import { ReleaseFields, releaseLabels } from './ReleaseFields';

export interface EditableRelease {
  id: string;
  version: string;
  releasedAt: string | null;
  notesTranslations: { fi: string | null; sv: string | null; en: string | null };
}

/**
 * For the release's editors (the caller checks): change its version label, date and notes. A
 * disclosure, so the files stay the page's main task. Links are not edited here (not sent).
 */
export function EditRelease({ release }: { release: EditableRelease }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  return (
    <section aria-labelledby="edit-release-heading" className="edit-release">
      <h2 id="edit-release-heading">{t('releaseEdit.heading')}</h2>
      {saved && (
        <Notice tone="success" role="status" tabIndex={-1} ref={savedRef}>
          <p>{t('releaseEdit.saved')}</p>
        </Notice>
      )}
      {open ? (
        <ReleaseForm
          release={release}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setSaved(true);
          }}
        />
      ) : (
        <Button
          variant="secondary"
          aria-expanded={false}
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          {t('releaseEdit.open')}
        </Button>
      )}
    </section>
  );
}

function ReleaseForm({
  release,
  onCancel,
  onSaved,
}: {
  release: EditableRelease;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useT();
  const [version, setVersion] = useState(release.version);
  const [releasedAt, setReleasedAt] = useState(release.releasedAt ?? '');
  const [notes, setNotes] = useState(() => textsOf(release.notesTranslations));
  const [{ fetching }, update] = useMutation(UpdateReleaseMutation);
  const form = useFormErrors();
  const labels: Record<string, string> = releaseLabels(t);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const bad: FieldError[] = [];
    if (!version.trim()) bad.push({ field: 'version', message: t('form.required') });
    if (bad.length) return form.fail(bad);
    const result = await update({
      input: { id: release.id, version: version.trim(), releasedAt: releasedAt || null, notes: textsInput(notes) },
      idempotencyKey: newIdempotencyKey(),
    });
    if (result.error) return form.fail(formErrors(result.error, t).errors);
    onSaved();
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} labels={labels} />
      <ReleaseFields
        t={t}
        version={version}
        setVersion={setVersion}
        releasedAt={releasedAt}
        setReleasedAt={setReleasedAt}
        notes={notes}
        setNotes={setNotes}
        fieldError={form.fieldError}
      />
      <div className="form-actions">
        <SubmitButton busy={fetching}>{fetching ? t('form.saving') : t('form.save')}</SubmitButton>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
