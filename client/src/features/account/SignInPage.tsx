import { Heading } from 'suomifi-ui-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import {
  ErrorSummary,
  formErrors,
  safeReturnTo,
  SubmitButton,
  TextField,
  useFormErrors,
  type FieldError,
} from '../../app/forms';
import { checkEmail } from '../../app/form-checks';
import { useT } from '../../app/i18n';
import { LIMITS } from '../../app/limits';
import { usePageTitle } from '../../app/usePageTitle';
import { SignInMutation } from './account.mutations';
import { SsoButtons, ssoErrorMessage } from './SsoButtons';
import { Notice } from '../../app/Notice';

/** `/{lang}/sign-in?returnTo=…&error=…`: password sign-in, single sign-on, and its errors. */
export default function SignInPage() {
  const { t, lang } = useT();
  usePageTitle(t('account.signInHeading'));
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'), lang);
  const ssoError = params.get('error');
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const form = useFormErrors();
  const labels = { email: t('account.email'), password: t('account.password') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const missing: FieldError[] = [];
    missing.push(...checkEmail('email', email, t, { required: true }));
    if (!password) missing.push({ field: 'password', message: t('form.required') });
    if (missing.length) return form.fail(missing);
    const result = await signIn({ input: { email: email.trim(), password } });
    if (result.error) {
      const f = formErrors(result.error, t);
      return form.fail(f.code === 'UNAUTHENTICATED' ? [{ message: t('account.wrongCredentials') }] : f.errors);
    }
    form.clear();
    await navigate(returnTo);
  };

  const signUpHref = `/${lang}/sign-up${params.get('returnTo') ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;
  return (
    <div className="form">
      <Heading variant="h1">{t('account.signInHeading')}</Heading>
      {ssoError && (
        <Notice tone="warning" role="alert">
          <p>
            <strong>{t('account.ssoFailed')}</strong> {ssoErrorMessage(ssoError, t)}
          </p>
        </Notice>
      )}
      <SsoButtons returnTo={returnTo} />
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} labels={labels} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          field="email"
          label={labels.email}
          type="email"
          autoComplete="email"
          inputMode="email"
          maxLength={LIMITS.email}
          value={email}
          onChange={setEmail}
          error={form.fieldError('email')}
          required
        />
        <TextField
          field="password"
          label={labels.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={form.fieldError('password')}
          required
        />
        <div className="form-actions">
          <SubmitButton busy={fetching}>{t('account.signIn')}</SubmitButton>
        </div>
      </form>
      <p>
        {t('account.noAccount')} <Link to={signUpHref}>{t('account.signUp')}</Link>
      </p>
    </div>
  );
}
