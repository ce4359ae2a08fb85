import { Heading } from 'suomifi-ui-components';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorSummary, formErrors, SelectField, SubmitButton, TextField, useFormErrors } from '../../app/forms';
import { checkEmail } from '../../app/form-checks';
import { useT } from '../../app/i18n';
import { LIMITS } from '../../app/limits';
import { InviteMemberMutation } from './invitation.mutations';
import { Notice } from '../../app/Notice';

/**
 * A project lead invites someone by e-mail: the answer is a link with a one-time token, shown
 * once, for the lead to send on (Kuntagraph sends no e-mail of its own here).
 */
export function InviteMember({ projectId }: { projectId: string }) {
  const { t, lang } = useT();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('CONTRIBUTOR');
  const [link, setLink] = useState<string | null>(null);
  const [{ fetching }, invite] = useMutation(InviteMemberMutation);
  const { errors, fail, clear, fieldError, summaryRef } = useFormErrors();

  async function submit(e: FormEvent) {
    e.preventDefault();
    clear();
    setLink(null);
    const bad = checkEmail('email', email, t, { required: true });
    if (bad.length) return fail(bad);
    const r = await invite({ input: { project: projectId, email: email.trim(), role: role as 'CONTRIBUTOR' } });
    if (r.error) return fail(formErrors(r.error, t).errors);
    const token = r.data!.inviteMember.token;
    setLink(`${window.location.origin}/${lang}/invitations/${encodeURIComponent(token)}`);
    setEmail('');
  }

  return (
    <section className="card" aria-labelledby="invite-heading">
      <Heading variant="h2" id="invite-heading">
        {t('invitation.heading')}
      </Heading>
      <p>{t('invitation.intro')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} summaryRef={summaryRef} labels={{ email: t('invitation.email') }} />
        <TextField
          field="email"
          label={t('invitation.email')}
          type="email"
          inputMode="email"
          maxLength={LIMITS.email}
          value={email}
          onChange={setEmail}
          error={fieldError('email')}
          required
          autoComplete="off"
        />
        <SelectField
          field="role"
          label={t('invitation.role')}
          value={role}
          onChange={setRole}
          error={fieldError('role')}
          options={['CONTRIBUTOR', 'LEAD'].map((value) => ({ value, label: t(`invitation.roles.${value}`) }))}
        />
        <SubmitButton busy={fetching}>{t('invitation.send')}</SubmitButton>
      </form>
      {link && (
        <Notice role="status">
          <p>{t('invitation.created')}</p>
          <p>
            <code className="invitation-link">{link}</code>
          </p>
        </Notice>
      )}
    </section>
  );
}
