import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { useMutation } from 'urql';
import { ErrorSummary, formErrors, newIdempotencyKey, SubmitButton, useFormErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import { Notice } from '../../app/Notice';
import { UpdateReleaseMutation } from './deliverable-edit.queries';
import { ReleaseFields, useReleaseFields, type ReleaseValues } from './ReleaseFields';

export interface EditableRelease extends ReleaseValues {
  id: string;
}

/**
 * For the release's editors (the caller checks): change its version label, date, notes and links.
 * A disclosure, so the files stay the page's main task. The links are sent as a whole list.
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
      <Heading variant="h2" id="edit-release-heading">
        {t('releaseEdit.heading')}
      </Heading>
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
  const { t, lang } = useT();
  const fields = useReleaseFields(release, lang);
  const [{ fetching }, update] = useMutation(UpdateReleaseMutation);
  const form = useFormErrors();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const bad = fields.errors(t);
    if (bad.length) return form.fail(bad);
    const result = await update({ input: { id: release.id, ...fields.input() }, idempotencyKey: newIdempotencyKey() });
    if (result.error) return form.fail(formErrors(result.error, t).errors);
    onSaved();
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} labels={fields.labels(t)} />
      <ReleaseFields
        t={t}
        lang={lang}
        state={fields.state}
        fieldError={form.fieldError}
        linksHint={t('releaseEdit.linksHint')}
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
