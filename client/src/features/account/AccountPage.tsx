import { Heading } from 'suomifi-ui-components';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorSummary, formErrors, SubmitButton, TextField, useFormErrors, type FieldError } from '../../app/forms';
import { useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ChangePasswordMutation } from './account.mutations';
import { SignInNotice } from './SignInNotice';
import { MIN_PASSWORD } from './SignUpPage';
import { useViewer } from './viewer';
import { Notice } from '../../app/Notice';

/** `/{lang}/account`: who I am, my memberships, and a password change. */
export default function AccountPage() {
  const { t, lang } = useT();
  usePageTitle(t('account.myAccount'));
  const { viewer } = useViewer();
  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={t('account.myAccount')} />;
  return (
    <div className="form">
      <Heading variant="h1">{t('account.myAccount')}</Heading>
      <dl className="facts">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{viewer.name}</dd>
        </div>
        {viewer.email && (
          <div>
            <dt>{t('account.email')}</dt>
            <dd>{viewer.email}</dd>
          </div>
        )}
      </dl>
      <Heading variant="h2">{t('account.memberships')}</Heading>
      {viewer.memberships.length === 0 ? (
        <p className="empty">{t('account.noMemberships')}</p>
      ) : (
        <ul>
          {viewer.memberships.map((m, i) => (
            <li key={i}>
              {m.project ? (
                <Link to={`/${lang}/projects/${encodeURIComponent(m.project.slug)}`}>
                  <LocalizedText value={m.project.name} />
                </Link>
              ) : m.organisation ? (
                <Link to={`/${lang}/organisations/${encodeURIComponent(m.organisation.id)}`}>
                  <LocalizedText value={m.organisation.name} properName />
                </Link>
              ) : null}{' '}
              – {t(`account.role.${m.role}`, { defaultValue: m.role })}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/${lang}/account/api-keys`}>{t('apiKeys.heading')}</Link>
      </p>
      <ChangePassword />
    </div>
  );
}

function ChangePassword() {
  const { t } = useT();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState(false);
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const form = useFormErrors();
  const labels = { currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    setDone(false);
    const bad: FieldError[] = [];
    if (!currentPassword) bad.push({ field: 'currentPassword', message: t('form.required') });
    if (newPassword.length < MIN_PASSWORD)
      bad.push({ field: 'newPassword', message: t('account.passwordTooShort', { count: MIN_PASSWORD }) });
    if (bad.length) return form.fail(bad);
    const result = await change({ input: { currentPassword, newPassword } });
    if (result.error) return form.fail(formErrors(result.error, t).errors);
    form.clear();
    setCurrent('');
    setNew('');
    setDone(true);
  };

  return (
    <section aria-labelledby="password-heading">
      <Heading variant="h2" id="password-heading">
        {t('account.changePassword')}
      </Heading>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} labels={labels} />
      {done && (
        <Notice tone="success" role="status">
          <p>{t('account.passwordChanged')}</p>
        </Notice>
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          field="currentPassword"
          label={labels.currentPassword}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
          error={form.fieldError('currentPassword')}
          required
        />
        <TextField
          field="newPassword"
          label={labels.newPassword}
          hint={t('account.passwordHint', { count: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNew}
          error={form.fieldError('newPassword')}
          required
        />
        <div className="form-actions">
          <SubmitButton busy={fetching}>{t('account.changePassword')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
