import '../../app/locales/follow';
import { useState } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { useMutation, useQuery } from 'urql';
import { formErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { Notice } from '../../app/Notice';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ForbiddenNotice, SignInNotice } from '../account/SignInNotice';
import { useViewer } from '../account/viewer';
import { FollowsQuery, MarkReadMutation, NotificationsQuery, UnfollowMutation } from './follow.queries';
import { formatDateTime, NodeLink, nodeTypeLabel } from './NodeLink';
import { PagedList } from './PagedList';
import './follow.css';

const PAGE_SIZE = 20;

/** `/{lang}/notifications`: changes to what I follow, newest first, and what I follow. */
export default function NotificationsPage() {
  const { t } = useT();
  usePageTitle(t('notifications.heading'));
  const { viewer } = useViewer();
  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={t('notifications.heading')} />;
  if (viewer.kind !== 'USER')
    return <ForbiddenNotice heading={t('notifications.heading')} message={t('notifications.usersOnly')} />;
  return (
    <>
      <Heading variant="h1">{t('notifications.heading')}</Heading>
      <p>{t('notifications.intro')}</p>
      <Notifications />
      <Follows />
    </>
  );
}

function Notifications() {
  const { t, lang } = useT();
  const [mark, setMark] = useState<{ fetching: boolean; error: string | null }>({ fetching: false, error: null });
  const [, markRead] = useMutation(MarkReadMutation);
  const markAll = async () => {
    if (mark.fetching) return;
    setMark({ fetching: true, error: null });
    const result = await markRead({ all: true });
    setMark({ fetching: false, error: result.error ? (formErrors(result.error, t).errors[0]?.message ?? null) : null });
  };
  return (
    <section aria-labelledby="notifications-list" className="detail-section">
      <Heading variant="h2" id="notifications-list">
        {t('notifications.listHeading')}
      </Heading>
      <PagedList
        usePage={(after) => useNotificationPage(lang, after)}
        pick={(d) => d?.me?.notifications}
        item={(n) => <NotificationRow key={n.id} n={n} />}
        header={(list) => (
          <>
            <div className="list-toolbar">
              <p role="status">
                {t('notifications.count', { count: list.totalCount })}{' '}
                {t('notifications.unread', { count: list.unreadCount })}
              </p>
              {list.unreadCount > 0 && (
                <Button variant="secondary" aria-disabled={mark.fetching} onClick={() => void markAll()}>
                  {t('notifications.markAllRead')}
                </Button>
              )}
            </div>
            {mark.error && (
              <Notice tone="error" role="alert">
                <p>{mark.error}</p>
              </Notice>
            )}
          </>
        )}
        empty={t('notifications.empty')}
        loading={t('notifications.loading')}
        loadMore={t('notifications.loadMore')}
        ordered
        className="notification-list"
        skeletonLines={4}
      />
    </section>
  );
}

function useNotificationPage(lang: Lang, after: string | null) {
  return useQuery({ query: NotificationsQuery, variables: { lang, first: PAGE_SIZE, after } });
}

type NotificationNode = NonNullable<
  NonNullable<NonNullable<ReturnType<typeof useNotificationPage>[0]['data']>['me']>['notifications']
>['nodes'][number];

function NotificationRow({ n }: { n: NotificationNode }) {
  const { t, lang } = useT();
  const [{ fetching, error }, markRead] = useMutation(MarkReadMutation);
  const unread = !n.readAt;
  const verb = n.action.split('.').pop() ?? n.action;
  const viaFollowed = n.followed && n.node && n.followed.id !== n.node.id;
  return (
    <li className={unread ? 'notification-unread' : undefined}>
      <div>
        <p>
          {unread && (
            <>
              <span className="notification-badge">{t('notifications.new')}</span>{' '}
            </>
          )}
          <strong>
            {nodeTypeLabel(t, n.nodeType)}: {t(`notifications.action.${verb}`, { defaultValue: n.action })}
          </strong>{' '}
          – <NodeLink node={n.node} type={n.nodeType} />
        </p>
        {viaFollowed && (
          <p>
            {t('notifications.via')} <NodeLink node={n.followed} type={n.followedType} />
          </p>
        )}
        <p className="notification-meta">
          <time dateTime={n.at}>{formatDateTime(n.at, lang)}</time>
          {n.changes.length > 0 && (
            <>
              {' · '}
              {t('notifications.changed', { fields: n.changes.map((c) => c.field).join(', ') })}
            </>
          )}
        </p>
        {error && <p className="field-error">{formErrors(error, t).errors[0]?.message}</p>}
      </div>
      {unread && (
        <Button
          variant="secondaryNoBorder"
          aria-disabled={fetching}
          onClick={() => {
            if (!fetching) void markRead({ ids: [n.id] });
          }}
        >
          {t('notifications.markRead')}
          <span className="visually-hidden">: {formatDateTime(n.at, lang)}</span>
        </Button>
      )}
    </li>
  );
}

function Follows() {
  const { t, lang } = useT();
  return (
    <section aria-labelledby="follows-list" className="detail-section">
      <Heading variant="h2" id="follows-list">
        {t('notifications.followsHeading')}
      </Heading>
      <PagedList
        usePage={(after) => useFollowPage(lang, after)}
        pick={(d) => d?.me?.follows}
        item={(f) => <FollowRow key={f.id} f={f} />}
        header={(list) => <p>{t('notifications.followCount', { count: list.totalCount })}</p>}
        empty={t('notifications.noFollows')}
        loading={t('notifications.loadingFollows')}
        loadMore={t('notifications.loadMoreFollows')}
        className="follow-list"
        skeletonLines={3}
      />
    </section>
  );
}

function useFollowPage(lang: Lang, after: string | null) {
  return useQuery({ query: FollowsQuery, variables: { lang, first: PAGE_SIZE, after } });
}

type FollowNode = NonNullable<
  NonNullable<NonNullable<ReturnType<typeof useFollowPage>[0]['data']>['me']>['follows']
>['nodes'][number];

function FollowRow({ f }: { f: FollowNode }) {
  const { t, lang } = useT();
  const [{ fetching, error }, unfollow] = useMutation(UnfollowMutation);
  const name =
    f.node && 'name' in f.node ? f.node.name.text : f.node && 'title' in f.node ? f.node.title.text : f.nodeType;
  const nodeId = f.node?.id;
  return (
    <li>
      <div>
        <p>
          <NodeLink node={f.node} type={f.nodeType} /> <span>({nodeTypeLabel(t, f.nodeType)})</span>
        </p>
        <p className="notification-meta">
          {t('notifications.followedSince', { date: formatDateTime(f.createdAt, lang) })}
        </p>
        {error && <p className="field-error">{formErrors(error, t).errors[0]?.message}</p>}
      </div>
      {nodeId && (
        <Button
          variant="secondary"
          aria-disabled={fetching}
          onClick={() => {
            if (!fetching) void unfollow({ node: nodeId });
          }}
        >
          {t('notifications.unfollow')}
          <span className="visually-hidden">: {name}</span>
        </Button>
      )}
    </li>
  );
}
