import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { Notice } from '../../app/Notice';
import { Skeleton } from '../../app/Skeleton';
import { organisationPath } from '../organisation/paths';
import type { ResultOf } from '../../graphql';
import type { InvitationPreviewQuery, InvitationPreview } from './invitation.mutations';

/**
 * What the invitation is for (project or organisation, role, who invited, until when, the address
 * it was sent to), before it is accepted. `data` is InvitationPreviewQuery's answer, if any yet.
 */
export function InvitationSummary({
  data,
  fetching,
}: {
  data: ResultOf<typeof InvitationPreviewQuery> | undefined;
  fetching: boolean;
}) {
  const { t, lang } = useT();
  if (fetching && !data) return <Skeleton lines={3} />;
  // No answer (a network error): the accept button still works and says what went wrong.
  if (!data) return null;
  const inv = data.invitation;
  if (!inv)
    return (
      <Notice tone="warning" role="alert">
        <p>{t('invitation.notFound')}</p>
      </Notice>
    );
  return (
    <>
      <dl className="facts">
        <Target inv={inv} />
        <div>
          <dt>{t('invitation.role')}</dt>
          <dd>{t(`account.role.${inv.role}`)}</dd>
        </div>
        {inv.invitedByName && (
          <div>
            <dt>{t('invitation.invitedBy')}</dt>
            <dd>{inv.invitedByName}</dd>
          </div>
        )}
        <div>
          <dt>{t('invitation.sentTo')}</dt>
          <dd>{inv.emailHint}</dd>
        </div>
        <div>
          <dt>{t('invitation.validUntil')}</dt>
          <dd>{formatDate(inv.expiresAt.slice(0, 10), lang)}</dd>
        </div>
      </dl>
      {inv.state !== 'OPEN' && (
        <Notice tone="warning" role="alert">
          <p>{t(inv.state === 'EXPIRED' ? 'invitation.expired' : 'invitation.alreadyAccepted')}</p>
        </Notice>
      )}
    </>
  );
}

function Target({ inv }: { inv: InvitationPreview }) {
  const { t, lang } = useT();
  const to = inv.project
    ? {
        label: t('invitation.project'),
        path: `/${lang}/projects/${encodeURIComponent(inv.project.slug)}`,
        name: inv.project.name,
      }
    : inv.organisation
      ? {
          label: t('invitation.organisation'),
          path: organisationPath(lang, inv.organisation),
          name: inv.organisation.name,
        }
      : null;
  if (!to) return null;
  return (
    <div>
      <dt>{to.label}</dt>
      <dd>
        <Link to={to.path}>
          <LocalizedText value={to.name} properName={!inv.project} />
        </Link>
      </dd>
    </div>
  );
}
