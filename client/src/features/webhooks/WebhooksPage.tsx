import '../../app/locales/follow';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { ErrorSummary, formErrors, SubmitButton, TextField, useFormErrors, type FieldError } from '../../app/forms';
import { ConfirmAction } from '../../app/ConfirmAction';
import { SecretOnce } from '../../app/SecretOnce';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { Notice } from '../../app/Notice';
import { PageSkeleton, Skeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ForbiddenNotice, SignInNotice } from '../account/SignInNotice';
import { useViewer, viewerOrganisations } from '../account/viewer';
import { formatDateTime } from '../follow/NodeLink';
import { PagedList } from '../follow/PagedList';
import {
  CreateWebhookMutation,
  DeleteWebhookMutation,
  DeliveriesQuery,
  RedeliverMutation,
  WebhooksQuery,
  type DeliveryItem,
  type WebhookItem,
} from './webhooks.queries';
import '../follow/follow.css';

/** Event groups a hook can ask for (the API also takes single types such as project.update). */
export const EVENT_GROUPS = [
  'project.*',
  'deliverable.*',
  'release.*',
  'file.*',
  'adoption.*',
  'serviceUse.*',
  'lessonLearned.*',
  'organisation.*',
] as const;

const DELIVERY_PAGE = 20;

const isForbidden = (error: CombinedError | undefined) =>
  !!error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');

/** `/{lang}/webhooks`: the webhooks of each of my organisations (its members may manage them). */
export default function WebhooksPage() {
  const { t } = useT();
  usePageTitle(t('webhooks.heading'));
  const { viewer } = useViewer();
  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={t('webhooks.heading')} />;
  const orgs = viewerOrganisations(viewer);
  if (viewer.kind !== 'USER' || orgs.length === 0)
    return <ForbiddenNotice heading={t('webhooks.heading')} message={t('webhooks.noOrganisations')} />;
  return (
    <>
      <Heading variant="h1">{t('webhooks.heading')}</Heading>
      <p>{t('webhooks.intro')}</p>
      {orgs.map((o) => (
        <OrganisationHooks key={o.id} organisationId={o.id} name={o.name.text} />
      ))}
    </>
  );
}

function OrganisationHooks({ organisationId, name }: { organisationId: string; name: string }) {
  const { t } = useT();
  // Creating and deleting invalidate `webhooks` in the cache (app/cache-updates.ts): this refetches.
  const [{ data, error }, reexecute] = useQuery({ query: WebhooksQuery, variables: { organisation: organisationId } });
  const slug = organisationId.replace(/[^\w-]/g, '');
  const headingId = `hooks-${slug}`;
  if (isForbidden(error))
    return (
      <section aria-labelledby={headingId} className="detail-section">
        <Heading variant="h2" id={headingId}>
          {name}
        </Heading>
        <Notice tone="warning" role="alert">
          <p>{t('webhooks.forbidden')}</p>
        </Notice>
      </section>
    );
  return (
    <section aria-labelledby={headingId} className="detail-section">
      <Heading variant="h2" id={headingId}>
        {name}
      </Heading>
      {!data ? (
        error ? (
          <LoadError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <Skeleton lines={2} />
        )
      ) : data.webhooks.length === 0 ? (
        <p className="empty">{t('webhooks.none')}</p>
      ) : (
        <ul className="follow-list">
          {data.webhooks.map((h) => (
            <HookRow key={h.id} hook={h} />
          ))}
        </ul>
      )}
      <CreateHook organisationId={organisationId} organisationName={name} slug={slug} />
    </section>
  );
}

function HookRow({ hook }: { hook: WebhookItem }) {
  const { t, lang } = useT();
  const [showLog, setShowLog] = useState(false);
  const logId = `log-${hook.id.replace(/[^\w-]/g, '')}`;
  return (
    <li>
      <div>
        <p>
          <code className="webhook-url">{hook.url}</code>
        </p>
        <p className="notification-meta">
          {t('webhooks.events')}: {hook.events.length ? hook.events.join(', ') : t('webhooks.allEvents')} ·{' '}
          {hook.active ? t('webhooks.active') : t('webhooks.inactive')} ·{' '}
          {t('webhooks.createdAt', { date: formatDateTime(hook.createdAt, lang) })}
        </p>
        <div className="row-actions">
          <Button
            variant="secondary"
            aria-expanded={showLog}
            aria-controls={logId}
            onClick={() => setShowLog((s) => !s)}
          >
            {showLog ? t('webhooks.hideLog') : t('webhooks.showLog')}
            <span className="visually-hidden">: {hook.url}</span>
          </Button>
          <DeleteHook hook={hook} />
        </div>
        <div id={logId} hidden={!showLog}>
          {showLog && <Deliveries webhookId={hook.id} url={hook.url} />}
        </div>
      </div>
    </li>
  );
}

/** Deleting asks first: the hook and its delivery log go for good. */
function DeleteHook({ hook }: { hook: WebhookItem }) {
  const { t } = useT();
  const [{ fetching, error }, remove] = useMutation(DeleteWebhookMutation);
  return (
    <ConfirmAction
      label={t('webhooks.delete')}
      target={hook.url}
      question={t('webhooks.confirmDelete', { url: hook.url })}
      confirmLabel={t('webhooks.confirmDeleteButton')}
      busy={fetching}
      error={error && formErrors(error, t).errors[0]?.message}
      onConfirm={() => void remove({ id: hook.id })}
    />
  );
}

function useDeliveryPage(webhookId: string, after: string | null) {
  return useQuery({ query: DeliveriesQuery, variables: { webhook: webhookId, first: DELIVERY_PAGE, after } });
}

/** The delivery log, newest first, page after page ("show more"). */
function Deliveries({ webhookId, url }: { webhookId: string; url: string }) {
  const { t } = useT();
  const [{ error }] = useDeliveryPage(webhookId, null);
  if (isForbidden(error))
    return (
      <Notice tone="warning" role="alert">
        <p>{t('webhooks.forbidden')}</p>
      </Notice>
    );
  return (
    <PagedList
      usePage={(after) => useDeliveryPage(webhookId, after)}
      pick={(d) => d?.webhookDeliveries}
      item={(d) => <DeliveryRow key={d.id} d={d} />}
      header={() => null}
      container={(rows, first) => (
        <div className="table-scroll">
          <table className="key-table delivery-table">
            <caption>
              {t('webhooks.logCaption', { url })} {t('webhooks.logCount', { count: first.totalCount })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.responseCode')}</th>
                <th scope="col">{t('webhooks.time')}</th>
                <th scope="col">{t('webhooks.actions')}</th>
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </div>
      )}
      placeholder={(content) => (
        <tr>
          <td colSpan={6}>{content}</td>
        </tr>
      )}
      empty={t('webhooks.noDeliveries')}
      loading={t('webhooks.loadingLog')}
      loadMore={
        <>
          {t('webhooks.loadMore')}
          <span className="visually-hidden">: {url}</span>
        </>
      }
      className="delivery-table"
      skeletonLines={2}
    />
  );
}

function DeliveryRow({ d }: { d: DeliveryItem }) {
  const { t, lang } = useT();
  const [{ fetching, error }, redeliver] = useMutation(RedeliverMutation);
  const [done, setDone] = useState(false);
  return (
    <tr>
      <th scope="row">{d.eventType}</th>
      <td>
        {t(`webhooks.deliveryStatus.${d.status}`, { defaultValue: d.status })}
        {/* The delivery's technical error (from the network or the partner's server): English. */}
        {d.lastError && (
          <div className="notification-meta" lang="en">
            {d.lastError}
          </div>
        )}
      </td>
      <td>
        {d.attempts}
        {d.attemptLog.length > 0 && (
          <details>
            <summary>{t('webhooks.attemptLog')}</summary>
            <ol>
              {d.attemptLog.map((a, i) => (
                <li key={i}>
                  {formatDateTime(a.at, lang)}: {a.statusCode ?? t('webhooks.noAnswer')}, {a.durationMs} ms
                  {a.redelivery && ` (${t('webhooks.redelivery')})`}
                  {a.error && (
                    <>
                      {' – '}
                      <span lang="en">{a.error}</span>
                    </>
                  )}
                </li>
              ))}
            </ol>
          </details>
        )}
      </td>
      <td>{d.lastStatusCode ?? '–'}</td>
      <td>
        <time dateTime={d.deliveredAt ?? d.createdAt}>{formatDateTime(d.deliveredAt ?? d.createdAt, lang)}</time>
      </td>
      <td>
        <Button
          variant="secondary"
          aria-disabled={fetching}
          onClick={async () => {
            if (fetching) return;
            setDone(false);
            const r = await redeliver({ delivery: d.id });
            if (!r.error) setDone(true);
          }}
        >
          {t('webhooks.redeliver')}
          <span className="visually-hidden">: {d.eventType}</span>
        </Button>
        <span role="status" className="notification-meta">
          {done ? t('webhooks.redelivered') : ''}
        </span>
        {error && <p className="field-error">{formErrors(error, t).errors[0]?.message}</p>}
      </td>
    </tr>
  );
}

function CreateHook({
  organisationId,
  organisationName,
  slug,
}: {
  organisationId: string;
  organisationName: string;
  slug: string;
}) {
  const { t } = useT();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [created, setCreated] = useState<{ secret: string | null; url: string } | null>(null);
  const [{ fetching }, create] = useMutation(CreateWebhookMutation);
  const form = useFormErrors();
  const createdRef = useRef<HTMLDivElement>(null);
  const prefix = `hook-${slug}`;
  const fieldOf = (f: string) => `${prefix}.${f}`;
  const fieldError = (f: string) => form.fieldError(f) ?? form.fieldError(fieldOf(f));

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const bad: FieldError[] = [];
    const trimmed = url.trim();
    if (!trimmed) bad.push({ field: 'url', message: t('form.required') });
    else if (!/^https:\/\/\S+$/i.test(trimmed)) bad.push({ field: 'url', message: t('webhooks.httpsOnly') });
    if (bad.length) return form.fail(bad);
    const result = await create({ input: { organisation: organisationId, url: trimmed, events } });
    if (result.error) return form.fail(formErrors(result.error, t).errors);
    form.clear();
    setCreated({ secret: result.data!.createWebhook.secret ?? null, url: result.data!.createWebhook.webhook.url });
    setUrl('');
    setEvents([]);
  };

  return (
    <>
      {created?.secret && (
        <SecretOnce
          heading={t('webhooks.createdHeading', { url: created.url })}
          warning={t('webhooks.onceWarning')}
          secret={created.secret}
          testId="webhook-secret"
          copyLabel={t('webhooks.copy')}
          copiedLabel={t('webhooks.copied')}
          hideLabel={t('webhooks.hideSecret')}
          onHide={() => setCreated(null)}
        />
      )}
      {created && !created.secret && (
        // A repeated request (same idempotency key): the hook exists, its secret was shown before.
        <Notice tone="warning" role="alert" tabIndex={-1} ref={createdRef}>
          <Heading variant="h3">{t('webhooks.createdHeading', { url: created.url })}</Heading>
          <p>{t('webhooks.secretShownBefore')}</p>
          <Button variant="secondary" onClick={() => setCreated(null)}>
            {t('webhooks.close')}
          </Button>
        </Notice>
      )}
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <Heading variant="h3">{t('webhooks.create', { organisation: organisationName })}</Heading>
        <ErrorSummary
          errors={form.errors.map((e) => (e.field ? { ...e, field: fieldOf(e.field) } : e))}
          summaryRef={form.summaryRef}
          labels={{ [fieldOf('url')]: t('webhooks.url'), [fieldOf('events')]: t('webhooks.events') }}
        />
        <TextField
          field={fieldOf('url')}
          label={t('webhooks.url')}
          hint={t('webhooks.urlHint')}
          type="url"
          inputMode="url"
          value={url}
          onChange={setUrl}
          error={fieldError('url')}
        />
        <div className={fieldError('events') ? 'field field-invalid' : 'field'}>
          <fieldset id={`f-${prefix}-events`} tabIndex={-1}>
            <legend>{t('webhooks.events')}</legend>
            <p className="field-hint">{t('webhooks.eventsHint')}</p>
            {fieldError('events') && <p className="field-error">{fieldError('events')}</p>}
            <ul className="checks">
              {EVENT_GROUPS.map((g) => (
                <li key={g}>
                  <input
                    type="checkbox"
                    id={`${prefix}-event-${g.split('.')[0]}`}
                    checked={events.includes(g)}
                    onChange={(e) => setEvents((old) => (e.target.checked ? [...old, g] : old.filter((x) => x !== g)))}
                  />
                  <label htmlFor={`${prefix}-event-${g.split('.')[0]}`}>
                    {t(`webhooks.group.${g.split('.')[0]}`)} (<code>{g}</code>)
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </div>
        <div className="form-actions">
          <SubmitButton busy={fetching}>{t('webhooks.createButton')}</SubmitButton>
        </div>
      </form>
    </>
  );
}
