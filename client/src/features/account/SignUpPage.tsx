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
import { checkEmail, checkText } from '../../app/form-checks';
import { useT } from '../../app/i18n';
import { LIMITS } from '../../app/limits';
import { usePageTitle } from '../../app/usePageTitle';
import { SignUpMutation } from './account.mutations';
import { SsoButtons } from './SsoButtons';

export const MIN_PASSWORD = LIMITS.passwordMin;

/** `/{lang}/sign-up`: a new account with name, email and password; signs in at once. */
export default function SignUpPage() {
  const { t, lang } = useT();
  usePageTitle(t('account.signUpHeading'));
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'), lang);
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const form = useFormErrors();
  const labels = { name: t('account.name'), email: t('account.email'), password: t('account.newPassword') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (fetching) return;
    const bad: FieldError[] = [
      ...checkText('name', name, LIMITS.name, t, { required: true }),
      ...checkEmail('email', email, t, { required: true }),
    ];
    if (password.length < MIN_PASSWORD)
      bad.push({ field: 'password', message: t('account.passwordTooShort', { count: MIN_PASSWORD }) });
    else if ([...password].length > LIMITS.passwordMax)
      bad.push({
        field: 'password',
        message: t('form.tooLong', { max: LIMITS.passwordMax, length: [...password].length }),
      });
    if (bad.length) return form.fail(bad);
    const result = await signUp({ input: { name: name.trim(), email: email.trim(), password } });
    if (result.error) {
      const f = formErrors(result.error, t);
      if (f.code === 'CONFLICT') return form.fail([{ field: 'email', message: t('account.emailTaken') }]);
      return form.fail(f.errors);
    }
    form.clear();
    await navigate(returnTo);
  };

  return (
    <div className="form">
      <Heading variant="h1">{t('account.signUpHeading')}</Heading>
      <SsoButtons returnTo={returnTo} />
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} labels={labels} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          field="name"
          label={labels.name}
          autoComplete="name"
          maxLength={LIMITS.name}
          value={name}
          onChange={setName}
          error={form.fieldError('name')}
          required
        />
        <TextField
          field="email"
          label={labels.email}
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={LIMITS.email}
          value={email}
          onChange={setEmail}
          error={form.fieldError('email')}
          required
        />
        <TextField
          field="password"
          label={labels.password}
          hint={t('account.passwordHint', { count: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={form.fieldError('password')}
          required
        />
        <div className="form-actions">
          <SubmitButton busy={fetching}>{t('account.createAccount')}</SubmitButton>
        </div>
      </form>
      <p>
        {t('account.haveAccount')} <Link to={`/${lang}/sign-in`}>{t('account.signIn')}</Link>
      </p>
    </div>
  );
}
