import { Heading } from 'suomifi-ui-components';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary, formErrors, SubmitButton, TextField, useFormErrors, type FieldError } from '../../app/forms';
import { formatDate } from '../../app/format';
import { ConfirmAction } from '../../app/ConfirmAction';
import { SecretOnce } from '../../app/SecretOnce';
import { checkText } from '../../app/form-checks';
import { useT } from '../../app/i18n';
import { LIMITS } from '../../app/limits';
import { LoadError } from '../../app/LoadError';
import { PageSkeleton, Skeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { SignInNotice } from '../account/SignInNotice';
import { mayCreateWriteKey, useViewer, viewerOrganisations } from '../account/viewer';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation, type ApiKeyItem } from './api-keys.queries';

const SCOPES = ['READ', 'WRITE'] as const;
type Scope = (typeof SCOPES)[number];

/** `/{lang}/account/api-keys`: the API keys of each of my organisations. */
export default function ApiKeysPage() {
  const { t } = useT();
  usePageTitle(t('apiKeys.heading'));
  const { viewer } = useViewer();
  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={t('apiKeys.heading')} />;
  const orgs = viewerOrganisations(viewer);
  return (
    <>
      <Heading variant="h1">{t('apiKeys.heading')}</Heading>
      <p>{t('apiKeys.intro')}</p>
      {orgs.length === 0 ? (
        <p className="empty">{t('apiKeys.noOrganisations')}</p>
      ) : (
        orgs.map((o) => (
          <OrganisationKeys
            key={o.id}
            organisationId={o.id}
            name={o.name.text}
            mayWrite={mayCreateWriteKey(viewer, o.id)}
          />
        ))
      )}
    </>
  );
}

function OrganisationKeys({
  organisationId,
  name,
  mayWrite,
}: {
  organisationId: string;
  name: string;
  mayWrite: boolean;
}) {
  // Creating and revoking a key invalidate `apiKeys` in the cache (app/cache-updates.ts): this refetches.
  const [{ data, error }, reexecute] = useQuery({ query: ApiKeysQuery, variables: { organisation: organisationId } });
  const headingId = `keys-${organisationId.replace(/[^\w-]/g, '')}`;
  const { t } = useT();
  const [revoked, setRevoked] = useState('');
  // The confirmed key's button is gone: focus goes to the list's heading, and the news is said politely.
  const onRevoked = (key: string) => {
    setRevoked(t('apiKeys.revoked', { name: key }));
    document.getElementById(headingId)?.focus();
  };
  return (
    <section aria-labelledby={headingId} className="detail-section">
      <Heading variant="h2" id={headingId} tabIndex={-1}>
        {name}
      </Heading>
      <p className="visually-hidden" role="status">
        {revoked}
      </p>
      {!data ? (
        error ? (
          <LoadError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <Skeleton lines={2} />
        )
      ) : (
        <KeyTable keys={data.apiKeys} onRevoked={onRevoked} />
      )}
      <CreateKey organisationId={organisationId} organisationName={name} mayWrite={mayWrite} />
    </section>
  );
}

function KeyTable({ keys, onRevoked }: { keys: ApiKeyItem[]; onRevoked: (name: string) => void }) {
  const { t, lang } = useT();
  if (keys.length === 0) return <p className="empty">{t('apiKeys.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="key-table">
        <thead>
          <tr>
            <th scope="col">{t('apiKeys.name')}</th>
            <th scope="col">{t('apiKeys.prefix')}</th>
            <th scope="col">{t('apiKeys.scopes')}</th>
            <th scope="col">{t('apiKeys.created')}</th>
            <th scope="col">{t('apiKeys.lastUsed')}</th>
            <th scope="col">{t('apiKeys.state')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.name}</th>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{k.scopes.map((s) => t(`apiKeys.scope.${s}`, { defaultValue: s })).join(', ')}</td>
              <td>
                {formatDate(k.createdAt.slice(0, 10), lang)}
                {k.createdByName && <>, {k.createdByName}</>}
              </td>
              <td>{k.lastUsedAt ? formatDate(k.lastUsedAt.slice(0, 10), lang) : t('apiKeys.never')}</td>
              <td>
                {k.revokedAt ? (
                  t('apiKeys.revokedOn', { date: formatDate(k.revokedAt.slice(0, 10), lang) })
                ) : (
                  <Revoke apiKey={k} onRevoked={onRevoked} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Revoking asks first: the key stops working at once and cannot be restored. */
function Revoke({ apiKey, onRevoked }: { apiKey: ApiKeyItem; onRevoked: (name: string) => void }) {
  const { t } = useT();
  const [{ fetching, error }, revoke] = useMutation(RevokeApiKeyMutation);
  return (
    <ConfirmAction
      label={t('apiKeys.revoke')}
      target={apiKey.name}
      question={t('apiKeys.confirmRevoke', { name: apiKey.name })}
      confirmLabel={t('apiKeys.confirmRevokeButton')}
      busy={fetching}
      error={error && formErrors(error, t).errors[0]?.message}
      onConfirm={() =>
        void revoke({ id: apiKey.id }).then((r) => {
          if (!r.error) onRevoked(apiKey.name);
        })
      }
    />
  );
}

function CreateKey({
  organisationId,
  organisationName,
  mayWrite,
}: {
  organisationId: string;
  organisationName: string;
  /** Only the organisation's ADMINs (and curators) may make a WRITE key: it edits what they may. */
  mayWrite: boolean;
}) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['READ']);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [{ fetching }, create] = useMutation(CreateApiKeyMutation);
  const form = useFormErrors();
  const prefix = `key-${organisationId.replace(/[^\w-]/g, '')}`;
  const labels = { name: t('apiKeys.name'), scopes: t('apiKeys.scopes') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const bad: FieldError[] = [];
    bad.push(...checkText('name', name, LIMITS.name, t, { required: true }));
    if (scopes.length === 0) bad.push({ field: 'scopes', message: t('apiKeys.scopeRequired') });
    if (bad.length) return form.fail(bad);
    const result = await create({ input: { organisation: organisationId, name: name.trim(), scopes } });
    if (result.error) return form.fail(formErrors(result.error, t).errors);
    form.clear();
    setCreated({ key: result.data!.createApiKey.key, name: result.data!.createApiKey.apiKey.name });
    setName('');
  };

  // Ids unique per organisation: the page holds one form per organisation.
  const fieldOf = (f: string) => `${prefix}.${f}`;
  const fieldError = (f: string) => form.fieldError(f) ?? form.fieldError(fieldOf(f));
  return (
    <>
      {created && (
        <SecretOnce
          heading={t('apiKeys.createdHeading', { name: created.name })}
          warning={t('apiKeys.onceWarning')}
          secret={created.key}
          testId="api-key-secret"
          copyLabel={t('apiKeys.copy')}
          copiedLabel={t('apiKeys.copied')}
          hideLabel={t('apiKeys.hideKey')}
          onHide={() => setCreated(null)}
        />
      )}
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <Heading variant="h3">{t('apiKeys.create', { organisation: organisationName })}</Heading>
        <ErrorSummary
          errors={form.errors.map((e) => (e.field ? { ...e, field: fieldOf(e.field) } : e))}
          summaryRef={form.summaryRef}
          labels={{ [fieldOf('name')]: labels.name, [fieldOf('scopes')]: labels.scopes }}
        />
        <TextField
          field={fieldOf('name')}
          label={labels.name}
          hint={t('apiKeys.nameHint')}
          maxLength={LIMITS.name}
          value={name}
          onChange={setName}
          error={fieldError('name')}
        />
        <div className={fieldError('scopes') ? 'field field-invalid' : 'field'}>
          <fieldset id={`f-${prefix}-scopes`} tabIndex={-1}>
            <legend>{labels.scopes}</legend>
            {fieldError('scopes') && <p className="field-error">{fieldError('scopes')}</p>}
            <ul className="checks">
              {SCOPES.map((s) => {
                const locked = s === 'WRITE' && !mayWrite;
                return (
                  <li key={s}>
                    <input
                      type="checkbox"
                      id={`${prefix}-scope-${s}`}
                      checked={scopes.includes(s)}
                      disabled={locked}
                      aria-describedby={locked ? `${prefix}-write-locked` : undefined}
                      onChange={(e) =>
                        setScopes((old) => (e.target.checked ? [...old, s] : old.filter((x) => x !== s)))
                      }
                    />
                    {/* One flex item beside the box: the hint goes under its label. */}
                    <div>
                      <label htmlFor={`${prefix}-scope-${s}`}>
                        {t(`apiKeys.scope.${s}`)} – {t(`apiKeys.scopeHint.${s}`)}
                      </label>
                      {locked && (
                        <p className="field-hint" id={`${prefix}-write-locked`}>
                          {t('apiKeys.writeAdminsOnly')}
                        </p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </div>
        <div className="form-actions">
          <SubmitButton busy={fetching}>{t('apiKeys.createButton')}</SubmitButton>
        </div>
      </form>
    </>
  );
}
