import { Heading } from 'suomifi-ui-components';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
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
import { mayEditProject, useViewer } from '../account/viewer';
import { deliverablePath } from '../deliverable/paths';
import { CreateDeliverableMutation, NewDeliverableQuery } from './deliverable-edit.queries';
import { checkDeliverable, DeliverableForm, deliverableInput, emptyDeliverable } from './DeliverableForm';
import { valuesFromDraft } from './publiccode-draft';
import { PubliccodeImport } from './PubliccodeImport';

/** `/{lang}/projects/:slug/deliverables/new`: records something the project produced. */
export default function NewDeliverablePage() {
  const { t, lang } = useT();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [{ data, error }, retry] = useQuery({ query: NewDeliverableQuery, variables: { slug, lang } });
  const [values, setValues] = useState(emptyDeliverable);
  const [{ fetching }, create] = useMutation(CreateDeliverableMutation);
  const form = useFormErrors();
  const heading = t('deliverableEdit.newHeading');
  usePageTitle(heading);
  const project = data?.project;

  if (!project) {
    if (error && isNotFound(error)) return <NotFound message={t('project.notFound')} />;
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
  const orgs = project.participants.nodes.map((p) => p.organisation.id);
  if (!mayEditProject(viewer, project.id, orgs))
    return <ForbiddenNotice heading={heading} message={t('projectEdit.forbidden')} />;

  const submit = async () => {
    if (fetching) return;
    const bad = checkDeliverable(values, t);
    if (bad.length) return form.fail(bad);
    const result = await create({
      input: { project: project.id, ...deliverableInput(values) },
      idempotencyKey: newIdempotencyKey(),
    });
    if (result.error) return form.fail(formErrors(result.error, t).errors);
    await navigate(deliverablePath(lang, result.data!.createDeliverable.id), { state: { created: true } });
  };

  const back = `/${lang}/projects/${encodeURIComponent(project.slug)}`;
  return (
    <>
      <Heading variant="h1">{heading}</Heading>
      <p>
        {t('deliverableEdit.forProject')}:{' '}
        <Link to={back}>
          <LocalizedText value={project.name} />
        </Link>
      </p>
      <PubliccodeImport
        onFill={(draft) => {
          // Errors of an earlier save attempt may no longer hold for the new values.
          form.clear();
          setValues((current) => valuesFromDraft(current, draft));
        }}
      />
      <DeliverableForm
        values={values}
        onChange={setValues}
        onSubmit={() => void submit()}
        busy={fetching}
        errors={form.errors}
        summaryRef={form.summaryRef}
        fieldError={form.fieldError}
        submitLabel={t('deliverableEdit.create')}
        after={<Link to={back}>{t('form.cancel')}</Link>}
      />
    </>
  );
}
