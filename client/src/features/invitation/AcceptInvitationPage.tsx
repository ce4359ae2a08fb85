import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { SignInNotice } from '../account/SignInNotice';
import { useViewer } from '../account/viewer';
import { LocalizedText } from '../../app/LocalizedText';
import { AcceptInvitationMutation, InvitationPreviewQuery, type AcceptedProject } from './invitation.mutations';
import { InvitationSummary } from './InvitationSummary';
import { Notice } from '../../app/Notice';
import { Button, Heading } from 'suomifi-ui-components';

/** `/:lang/invitations/:token`: the person invited accepts, signed in with the invited address. */
export default function AcceptInvitationPage() {
  const { t, lang } = useT();
  const { token = '' } = useParams();
  const { viewer, refetch } = useViewer();
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const [error, setError] = useState<string | null>(null);
  const [projects, setProjects] = useState<AcceptedProject[] | null>(null);
  // What the invitation is for, shown before accepting, signed in or not (the token is the key).
  const [preview] = useQuery({ query: InvitationPreviewQuery, variables: { token, lang } });
  usePageTitle(t('invitation.acceptHeading'));

  if (viewer === undefined) return <PageSkeleton />;
  const summary = <InvitationSummary data={preview.data} fetching={preview.fetching} />;
  if (viewer === null) return <SignInNotice heading={t('invitation.acceptHeading')}>{summary}</SignInNotice>;
  // Accepted, expired or unknown: nothing to accept (the summary says which).
  const acceptable = !preview.data || preview.data.invitation?.state === 'OPEN';

  async function onAccept() {
    setError(null);
    const r = await accept({ token, lang });
    if (r.error) {
      const { code, errors } = formErrors(r.error, t);
      const specific: Record<string, string> = {
        FORBIDDEN: t('invitation.wrongEmail'),
        NOT_FOUND: t('invitation.notFound'),
        BAD_USER_INPUT: t('invitation.notFound'),
      };
      return setError(specific[code] ?? errors[0]?.message ?? t('form.error.server'));
    }
    const all = r.data!.acceptInvitation.memberships.flatMap((m) => (m.project ? [m.project] : []));
    // The answer lists every project of mine: name the ones this invitation added (all if none is new).
    const before = new Set(viewer!.memberships.map((m) => m.project?.id));
    const added = all.filter((p) => !before.has(p.id));
    setProjects(added.length ? added : all);
    refetch();
  }

  return (
    <>
      <Heading variant="h1">{t('invitation.acceptHeading')}</Heading>
      {projects ? (
        <Notice role="status">
          <p>{t('invitation.accepted')}</p>
          <ul>
            {projects.map((p) => (
              <li key={p.id}>
                <Link to={`/${lang}/projects/${encodeURIComponent(p.slug)}`}>
                  <LocalizedText value={p.name} />
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      ) : (
        <>
          {summary}
          {acceptable && (
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
      )}
    </>
  );
}
