import { Button, Heading } from 'suomifi-ui-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import {
  ErrorSummary,
  formErrors,
  newIdempotencyKey,
  SubmitButton,
  TextField,
  useFormErrors,
  type FieldError,
} from '../../app/forms';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ForbiddenNotice, SignInNotice } from '../account/SignInNotice';
import { useViewer } from '../account/viewer';
import { deliverablePath } from '../deliverable/paths';
import { textsInput, textsOf } from '../project-edit/LanguageFields';
import { releaseFilesPath } from '../upload/paths';
import { CreateReleaseMutation, EditDeliverableQuery } from './deliverable-edit.queries';
import { mayEditDeliverable } from './EditorActions';
import { ReleaseFields, releaseLabels } from './ReleaseFields';

interface LinkRow {
  key: number;
  url: string;
  title: string;
}

/** `/{lang}/deliverables/:id/releases/new`: a version with notes and links; its files come next. */
export default function NewReleasePage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [{ data, error }, retry] = useQuery({ query: EditDeliverableQuery, variables: { id, lang } });
  const [version, setVersion] = useState('');
  const [releasedAt, setReleasedAt] = useState('');
  const [notes, setNotes] = useState(() => textsOf(null));
  const [links, setLinks] = useState<LinkRow[]>([{ key: 0, url: '', title: '' }]);
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
          <LoadError onRetry={() => retry({ requestPolicy: 'network-only' })} />
        </>
      );
    return <PageSkeleton />;
  }
  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={heading} />;
  if (!mayEditDeliverable(viewer, d.projects))
    return <ForbiddenNotice heading={heading} message={t('projectEdit.forbidden')} />;

  const labels: Record<string, string> = releaseLabels(t);
  const used = links.filter((l) => l.url.trim() || l.title.trim());
  used.forEach((_, i) => {
    labels[`links.${i}.url`] = t('deliverableEdit.linkUrlN', { n: i + 1 });
    labels[`links.${i}.title.${lang}`] = t('deliverableEdit.linkTitleN', { n: i + 1 });
  });
  // The API numbers links by their place in the sent list: give each row its index among those sent.
  const sentIndex = (row: LinkRow) => used.indexOf(row);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const bad: FieldError[] = [];
    if (!version.trim()) bad.push({ field: 'version', message: t('form.required') });
    used.forEach((l, i) => {
      if (!l.url.trim()) bad.push({ field: `links.${i}.url`, message: t('form.required') });
    });
    if (bad.length) return form.fail(bad);
    const result = await create({
      input: {
        deliverable: d.id,
        version: version.trim(),
        releasedAt: releasedAt || null,
        notes: textsInput(notes),
        links: used.map((l) => ({ url: l.url.trim(), title: l.title.trim() ? { [lang]: l.title.trim() } : null })),
      },
      idempotencyKey: newIdempotencyKey(),
    });
    if (result.error) return form.fail(formErrors(result.error, t).errors);
    await navigate(releaseFilesPath(lang, result.data!.createRelease.id), { state: { created: true } });
  };

  const setLink = (key: number, patch: Partial<LinkRow>) =>
    setLinks((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const rowField = (row: LinkRow, part: 'url' | 'title') => {
    const i = sentIndex(row);
    const path = part === 'url' ? `links.${i}.url` : `links.${i}.title.${lang}`;
    // Rows that are still empty are not sent; give them ids of their own.
    return i >= 0 ? path : `links.new${row.key}.${part}`;
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
        <fieldset>
          <legend>{t('deliverableEdit.links')}</legend>
          <p className="field-hint">{t('deliverableEdit.linksHint')}</p>
          {links.map((row, n) => (
            <fieldset key={row.key}>
              <legend>{t('deliverableEdit.linkN', { n: n + 1 })}</legend>
              <TextField
                field={rowField(row, 'url')}
                type="url"
                inputMode="url"
                label={t('deliverableEdit.linkUrl')}
                value={row.url}
                onChange={(v) => setLink(row.key, { url: v })}
                error={form.fieldError(rowField(row, 'url'))}
              />
              <TextField
                field={rowField(row, 'title')}
                label={t('deliverableEdit.linkTitle')}
                value={row.title}
                onChange={(v) => setLink(row.key, { title: v })}
                error={form.fieldError(rowField(row, 'title'))}
              />
              {links.length > 1 && (
                <Button variant="secondary" onClick={() => setLinks((ls) => ls.filter((l) => l.key !== row.key))}>
                  {t('deliverableEdit.removeLink', { n: n + 1 })}
                </Button>
              )}
            </fieldset>
          ))}
          <Button
            variant="secondary"
            onClick={() =>
              setLinks((ls) => [...ls, { key: Math.max(...ls.map((l) => l.key)) + 1, url: '', title: '' }])
            }
          >
            {t('deliverableEdit.addLink')}
          </Button>
        </fieldset>
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
