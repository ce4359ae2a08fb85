import { Button, Heading } from 'suomifi-ui-components';
import { Notice } from '../../app/Notice';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import {
  ErrorSummary,
  fieldId,
  formErrors,
  isHttpUrl,
  newIdempotencyKey,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useFormErrors,
  type FieldError,
} from '../../app/forms';
import { checkText, checkUrl } from '../../app/form-checks';
import { enumLabel, useT } from '../../app/i18n';
import { LIMITS } from '../../app/limits';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { SignInNotice } from '../account/SignInNotice';
import { useViewer, viewerOrganisations } from '../account/viewer';
import { deliverablePath } from '../deliverable/paths';
import {
  ADOPTION_MODES,
  ADOPTION_STATUSES,
  DeclareAdoptionMutation,
  DeclareAdoptionQuery,
  OrganisationSearchQuery,
  type DeclaredAdoption,
} from './adoption.queries';

interface OrgChoice {
  id: string;
  name: string;
  mine: boolean;
}

/** At most LIMITS.evidenceUrls http(s) addresses (server: adoption.inputs.ts). */
function evidenceErrors(urls: string[], t: (key: string, o?: Record<string, unknown>) => string): FieldError[] {
  if (urls.length > LIMITS.evidenceUrls)
    return [{ field: 'evidenceUrls', message: t('adoption.evidenceTooMany', { max: LIMITS.evidenceUrls }) }];
  return urls.every(isHttpUrl) ? [] : [{ field: 'evidenceUrls', message: t('adoption.evidenceInvalid') }];
}

/** `evidenceUrls.2` and `evidenceUrls` are the same textarea. */
const formField = (f: FieldError): FieldError =>
  f.field?.startsWith('evidenceUrls') ? { ...f, field: 'evidenceUrls' } : f;

/** `/{lang}/deliverables/:id/adopt`: "We adopted this", by a member of the adopter or as a claim. */
export default function DeclareAdoptionPage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const [{ data, error }, retry] = useQuery({ query: DeclareAdoptionQuery, variables: { id, lang } });
  const heading = t('adoption.heading');
  usePageTitle(heading);
  const d = data?.deliverable;
  const [saved, setSaved] = useState<DeclaredAdoption | null>(null);

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

  const mine: OrgChoice[] = viewerOrganisations(viewer).map((o) => ({ id: o.id, name: o.name.text, mine: true }));
  return (
    <>
      <Heading variant="h1">{heading}</Heading>
      <p>
        {t('deliverableEdit.forDeliverable')}:{' '}
        <Link to={deliverablePath(lang, d.id)}>
          <LocalizedText value={d.title} />
        </Link>
      </p>
      {saved ? <Saved adoption={saved} /> : <AdoptionForm deliverableId={d.id} mine={mine} onSaved={setSaved} />}
    </>
  );
}

/** The statuses of a use that has begun (adoption.service.ts, STARTED). */
const STARTED = new Set(['PILOTING', 'IN_PRODUCTION', 'DISCONTINUED']);

function Saved({ adoption }: { adoption: DeclaredAdoption }) {
  const { t, lang } = useT();
  // The producers' own use is no claim, but no reuse either.
  const own = adoption.byProducer;
  const claim = !adoption.countsAsReuse && !own;
  const ref = useRef<HTMLDivElement>(null);
  return (
    <Notice
      tone={claim ? 'warning' : 'success'}
      role="status"
      tabIndex={-1}
      ref={(el) => {
        if (el && ref.current !== el) {
          ref.current = el;
          el.focus();
        }
      }}
    >
      <Heading variant="h2">{t('adoption.saved')}</Heading>
      <p>
        <LocalizedText value={adoption.organisation.name} properName /> –{' '}
        {enumLabel(t, 'adoptionStatus', adoption.status)}
      </p>
      <p>
        {t('adoption.verificationLevel')}:{' '}
        <span className={claim ? 'badge badge-warn' : 'badge'}>
          {t(`adoption.verification.${adoption.verification}`, { defaultValue: adoption.verification })}
          {claim && <> – {t('adoption.claim')}</>}
          {own && <> – {t('adoption.ownUse')}</>}
        </span>
      </p>
      <p>{t(own ? 'adoption.ownUseExplained' : claim ? 'adoption.claimExplained' : 'adoption.declaredExplained')}</p>
      <p>
        <Link to={deliverablePath(lang, adoption.deliverable.id)}>{t('deliverableEdit.backToDeliverable')}</Link>
      </p>
    </Notice>
  );
}

function AdoptionForm({
  deliverableId,
  mine,
  onSaved,
}: {
  deliverableId: string;
  mine: OrgChoice[];
  onSaved: (a: DeclaredAdoption) => void;
}) {
  const { t, lang } = useT();
  const client = useClient();
  const [organisation, setOrganisation] = useState(mine.length === 1 ? mine[0].id : '');
  const [found, setFound] = useState<OrgChoice[] | null>(null);
  const [query, setQuery] = useState('');
  const [searching, setSearching] = useState(false);
  const [status, setStatus] = useState('');
  const [mode, setMode] = useState('');
  const [since, setSince] = useState('');
  const [evidence, setEvidence] = useState('');
  const [instanceUrl, setInstanceUrl] = useState('');
  const [useCase, setUseCase] = useState('');
  const [{ fetching }, declare] = useMutation(DeclareAdoptionMutation);
  const form = useFormErrors();
  const labels: Record<string, string> = {
    organisation: t('adoption.organisation'),
    status: t('adoption.status'),
    mode: t('adoption.mode'),
    since: t('adoption.since'),
    evidenceUrls: t('adoption.evidenceUrls'),
    instanceUrl: t('adoption.instanceUrl'),
    [`useCase.${lang}`]: t('adoption.useCase'),
    useCase: t('adoption.useCase'),
  };

  const search = async () => {
    if (!query.trim()) return;
    setSearching(true);
    const r = await client.query(OrganisationSearchQuery, { query: query.trim(), lang }).toPromise();
    setSearching(false);
    const mineIds = new Set(mine.map((m) => m.id));
    setFound(
      (r.data?.search.nodes ?? [])
        .filter((h) => !mineIds.has(h.node.id))
        .map((h) => ({ id: h.node.id, name: h.title.text, mine: false })),
    );
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const bad: FieldError[] = [];
    if (!organisation) bad.push({ field: 'organisation', message: t('adoption.chooseOrganisation') });
    if (!status) bad.push({ field: 'status', message: t('form.required') });
    const urls = evidence
      .split(/\s+/)
      .map((u) => u.trim())
      .filter(Boolean);
    bad.push(...evidenceErrors(urls, t), ...checkUrl('instanceUrl', instanceUrl, t));
    bad.push(...checkText(`useCase.${lang}`, useCase, LIMITS.text, t));
    // A use piloted, in production or ended has begun (the API refuses a later start).
    const today = new Date().toISOString().slice(0, 10);
    if (since && since > today && STARTED.has(status)) bad.push({ field: 'since', message: t('adoption.sinceFuture') });
    if (bad.length) return form.fail(bad);
    const result = await declare({
      input: {
        deliverable: deliverableId,
        organisation,
        status: status as (typeof ADOPTION_STATUSES)[number],
        mode: (mode || null) as (typeof ADOPTION_MODES)[number] | null,
        since: since || null,
        evidenceUrls: urls,
        instanceUrl: instanceUrl.trim() || null,
        useCase: useCase.trim() ? { [lang]: useCase.trim() } : null,
      },
      idempotencyKey: newIdempotencyKey(),
      lang,
    });
    if (result.error) return form.fail(formErrors(result.error, t).errors.map(formField));
    form.clear();
    onSaved(result.data!.declareAdoption);
  };

  const orgError = form.fieldError('organisation');
  const choices = [...mine, ...(found ?? [])];
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} labels={labels} />
      <p>{t('adoption.intro')}</p>
      <div className={orgError ? 'field field-invalid' : 'field'}>
        <fieldset
          id={fieldId('organisation')}
          tabIndex={-1}
          aria-describedby={orgError ? 'f-organisation-error' : 'f-organisation-hint'}
        >
          <legend>{labels.organisation}</legend>
          <p className="field-hint" id="f-organisation-hint">
            {t('adoption.organisationHint')}
          </p>
          {orgError && (
            <p className="field-error" id="f-organisation-error">
              {orgError}
            </p>
          )}
          {choices.length > 0 ? (
            <ul className="checks">
              {choices.map((o) => (
                <li key={o.id}>
                  <input
                    type="radio"
                    name="organisation"
                    id={`org-${o.id}`}
                    value={o.id}
                    checked={organisation === o.id}
                    onChange={() => setOrganisation(o.id)}
                  />
                  <label htmlFor={`org-${o.id}`}>
                    {o.name}
                    {o.mine && <span className="role"> ({t('adoption.yourOrganisation')})</span>}
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t('adoption.noOwnOrganisations')}</p>
          )}
          <div className="field">
            <label htmlFor="org-search">{t('adoption.searchOrganisation')}</label>
            <div className="search-row">
              <input
                id="org-search"
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  // Enter searches instead of submitting the whole form.
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void search();
                  }
                }}
              />
              <Button variant="secondary" onClick={() => void search()} aria-disabled={searching}>
                {t('adoption.search')}
              </Button>
            </div>
            <p className="visually-hidden" role="status">
              {found ? t('adoption.found', { count: found.length }) : ''}
            </p>
          </div>
        </fieldset>
      </div>
      <SelectField
        field="status"
        label={labels.status}
        value={status}
        empty={t('form.choose')}
        onChange={setStatus}
        options={ADOPTION_STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'adoptionStatus', s) }))}
        error={form.fieldError('status')}
      />
      <SelectField
        field="mode"
        label={labels.mode}
        value={mode}
        empty={t('form.notKnown')}
        onChange={setMode}
        options={ADOPTION_MODES.map((s) => ({ value: s, label: enumLabel(t, 'adoptionMode', s) }))}
        error={form.fieldError('mode')}
      />
      <TextField
        field="since"
        type="date"
        label={labels.since}
        value={since}
        onChange={setSince}
        error={form.fieldError('since')}
      />
      <TextArea
        field="evidenceUrls"
        label={labels.evidenceUrls}
        hint={t('adoption.evidenceHint')}
        rows={3}
        value={evidence}
        onChange={setEvidence}
        error={form.fieldError('evidenceUrls')}
      />
      <TextField
        field="instanceUrl"
        type="url"
        inputMode="url"
        label={labels.instanceUrl}
        hint={t('form.urlHint')}
        maxLength={LIMITS.url}
        value={instanceUrl}
        onChange={setInstanceUrl}
        error={form.fieldError('instanceUrl')}
      />
      <TextArea
        field={`useCase.${lang}`}
        label={labels.useCase}
        hint={t('adoption.useCaseHint')}
        rows={3}
        maxLength={LIMITS.text}
        value={useCase}
        onChange={setUseCase}
        error={form.fieldError(`useCase.${lang}`) ?? form.fieldError('useCase')}
      />
      <div className="form-actions">
        <SubmitButton busy={fetching}>{fetching ? t('form.saving') : t('adoption.submit')}</SubmitButton>
        <Link to={deliverablePath(lang, deliverableId)}>{t('form.cancel')}</Link>
      </div>
    </form>
  );
}
