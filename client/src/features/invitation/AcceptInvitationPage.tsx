import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { formErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { SignInNotice } from '../account/SignInNotice';
import { useViewer } from '../account/viewer';
import { AcceptInvitationMutation } from './invitation.mutations';
import { Notice } from '../../app/Notice';
import { Button, Heading } from 'suomifi-ui-components';

/** `/:lang/invitations/:token`: the person invited accepts, signed in with the invited address. */
export default function AcceptInvitationPage() {
  const { t, lang } = useT();
  const { token = '' } = useParams();
  const { viewer, refetch } = useViewer();
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const [error, setError] = useState<string | null>(null);
  const [projects, setProjects] = useState<string[] | null>(null);
  usePageTitle(t('invitation.acceptHeading'));

  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={t('invitation.acceptHeading')} />;

  async function onAccept() {
    setError(null);
    const r = await accept({ token });
    if (r.error) {
      const { code, errors } = formErrors(r.error, t);
      const specific: Record<string, string> = {
        FORBIDDEN: t('invitation.wrongEmail'),
        NOT_FOUND: t('invitation.notFound'),
        BAD_USER_INPUT: t('invitation.notFound'),
      };
      return setError(specific[code] ?? errors[0]?.message ?? t('form.error.server'));
    }
    setProjects(r.data!.acceptInvitation.memberships.flatMap((m) => (m.project ? [m.project.slug] : [])));
    refetch();
  }

  return (
    <>
      <Heading variant="h1">{t('invitation.acceptHeading')}</Heading>
      {projects ? (
        <Notice role="status">
          <p>{t('invitation.accepted')}</p>
          <ul>
            {projects.map((slug) => (
              <li key={slug}>
                <Link to={`/${lang}/projects/${slug}`}>{slug}</Link>
              </li>
            ))}
          </ul>
        </Notice>
      ) : (
        <>
          <p>{t('invitation.acceptIntro', { email: viewer.email ?? '' })}</p>
          {error && (
            <Notice tone="warning" role="alert">
              <p>{error}</p>
            </Notice>
          )}
          <Button onClick={onAccept} disabled={fetching}>
            {t('invitation.accept')}
          </Button>
        </>
      )}
    </>
  );
}
