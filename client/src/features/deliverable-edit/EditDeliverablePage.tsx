import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import { formErrors, newIdempotencyKey, useFormErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ForbiddenNotice, SignInNotice } from '../account/SignInNotice';
import { useViewer } from '../account/viewer';
import { deliverablePath } from '../deliverable/paths';
import { EditDeliverableQuery, UpdateDeliverableMutation, type DeliverableEditData } from './deliverable-edit.queries';
import { checkDeliverable, DeliverableForm, deliverableInput, deliverableValues } from './DeliverableForm';
import { mayEditDeliverable } from './EditorActions';
import { Notice } from '../../app/Notice';
import { Button, Heading } from 'suomifi-ui-components';

/** `/{lang}/deliverables/:id/edit`: edits a deliverable against the version it was loaded at. */
export default function EditDeliverablePage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const [{ data, error }, retry] = useQuery({
    query: EditDeliverableQuery,
    variables: { id, lang },
    requestPolicy: 'cache-and-network',
  });
  const heading = t('deliverableEdit.editHeading');
  usePageTitle(heading);
  const d = data?.deliverable;
  // The form starts over whenever the deliverable's version changes (key below), its own save
  // included: the save's answer updates the cache. So the "saved" notice lives here, above it.
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The pressed button may be gone with the old form: the notice takes focus and is read out.
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (!d) {
    if (error && isNotFound(error)) return <NotFound message={t('deliverable.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{heading}</Heading>
          <LoadError error={error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
        </>
      );
    return <PageSkeleton />;
  }
  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={heading} />;
  if (!mayEditDeliverable(viewer, d.projects))
    return <ForbiddenNotice heading={heading} message={t('projectEdit.forbidden')} />;
  return (
    <>
      <Heading variant="h1">
        {heading}: <LocalizedText value={d.title} />
      </Heading>
      {saved && (
        <Notice tone="success" role="status" tabIndex={-1} ref={savedRef}>
          <p>
            {t('deliverableEdit.saved')}{' '}
            <Link to={deliverablePath(lang, d.id)}>{t('deliverableEdit.backToDeliverable')}</Link>
          </p>
        </Notice>
      )}
      <EditForm
        key={d.version}
        deliverable={d}
        onReload={() => retry({ requestPolicy: 'network-only' })}
        onSaved={() => setSaved(true)}
        onEdit={() => setSaved(false)}
      />
    </>
  );
}

function EditForm({
  deliverable,
  onReload,
  onSaved,
  onEdit,
}: {
  deliverable: DeliverableEditData;
  onReload: () => void;
  /** Called after a save; the form may be replaced by then (the new version's, see the page). */
  onSaved: () => void;
  /** Called when the values change or a save starts: a "saved" notice no longer holds. */
  onEdit: () => void;
}) {
  const { t, lang } = useT();
  const [version, setVersion] = useState(deliverable.version);
  const [values, setValues] = useState(() => deliverableValues(deliverable));
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, update] = useMutation(UpdateDeliverableMutation);
  const form = useFormErrors();
  const back = deliverablePath(lang, deliverable.id);

  const submit = async (expectedVersion = version) => {
    if (fetching) return;
    onEdit();
    const bad = checkDeliverable(values, t);
    if (bad.length) return form.fail(bad);
    const result = await update({
      input: { id: deliverable.id, expectedVersion, ...deliverableInput(values) },
      idempotencyKey: newIdempotencyKey(),
    });
    if (result.error) {
      const f = formErrors(result.error, t);
      if (f.code === 'CONFLICT') {
        setConflict(true);
        return form.fail([{ message: t('deliverableEdit.conflict') }]);
      }
      return form.fail(f.errors);
    }
    form.clear();
    setVersion(result.data!.updateDeliverable.version);
    onSaved();
  };

  return (
    <DeliverableForm
      values={values}
      onChange={(v) => {
        setValues(v);
        onEdit();
      }}
      onSubmit={() => void submit()}
      busy={fetching}
      errors={form.errors}
      summaryRef={form.summaryRef}
      fieldError={form.fieldError}
      submitLabel={t('form.save')}
      before={
        conflict && (
          <Notice tone="warning">
            <p>{t('deliverableEdit.conflictHelp')}</p>
            <div className="form-actions">
              <Button variant="secondary" onClick={onReload}>
                {t('projectEdit.reload')}
              </Button>
            </div>
          </Notice>
        )
      }
      after={<Link to={back}>{t('form.cancel')}</Link>}
    />
  );
}
