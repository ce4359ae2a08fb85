import { Heading } from 'suomifi-ui-components';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import { ErrorSummary, formErrors, newIdempotencyKey, SubmitButton, useFormErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ForbiddenNotice, SignInNotice } from '../account/SignInNotice';
import { useViewer } from '../account/viewer';
import { deliverablePath } from '../deliverable/paths';
import { releaseFilesPath } from '../upload/paths';
import { CreateReleaseMutation, EditDeliverableQuery } from './deliverable-edit.queries';
import { mayEditDeliverable } from './EditorActions';
import { ReleaseFields, useReleaseFields, type ReleaseValues } from './ReleaseFields';

const NEW_RELEASE: ReleaseValues = { version: '', releasedAt: null, notesTranslations: null, links: [] };

/** `/{lang}/deliverables/:id/releases/new`: a version with notes and links; its files come next. */
export default function NewReleasePage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [{ data, error }, retry] = useQuery({ query: EditDeliverableQuery, variables: { id, lang } });
  const fields = useReleaseFields(NEW_RELEASE, lang);
  const [{ fetching }, create] = useMutation(CreateReleaseMutation);
  const form = useFormErrors();
  const heading = t('deliverableEdit.newReleaseHeading');
  usePageTitle(heading);
  const d = data?.deliverable;

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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const bad = fields.errors(t);
    if (bad.length) return form.fail(bad);
    const result = await create({
      input: { deliverable: d.id, ...fields.input() },
      idempotencyKey: newIdempotencyKey(),
    });
    if (result.error) return form.fail(formErrors(result.error, t).errors);
    await navigate(releaseFilesPath(lang, result.data!.createRelease.id), { state: { created: true } });
  };

  return (
    <>
      <Heading variant="h1">{heading}</Heading>
      <p>
        {t('deliverableEdit.forDeliverable')}:{' '}
        <Link to={deliverablePath(lang, d.id)}>
          <LocalizedText value={d.title} />
        </Link>
      </p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} labels={fields.labels(t)} />
        <ReleaseFields
          t={t}
          lang={lang}
          state={fields.state}
          fieldError={form.fieldError}
          linksHint={t('deliverableEdit.linksHint')}
        />
        <div className="form-actions">
          <SubmitButton busy={fetching}>
            {fetching ? t('form.saving') : t('deliverableEdit.createRelease')}
          </SubmitButton>
          <Link to={deliverablePath(lang, d.id)}>{t('form.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
