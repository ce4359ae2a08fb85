import '../../app/locales/follow';
import { useState } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { useMutation, useQuery } from 'urql';
import { formErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { LoadError } from '../../app/LoadError';
import { Notice } from '../../app/Notice';
import { PageSkeleton, Skeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ForbiddenNotice, SignInNotice } from '../account/SignInNotice';
import { useViewer } from '../account/viewer';
import { FollowsQuery, MarkReadMutation, NotificationsQuery, UnfollowMutation } from './follow.queries';
import { formatDateTime, NodeLink, nodeTypeLabel } from './NodeLink';
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
  const [afters, setAfters] = useState<Array<string | null>>([null]);
  const [first, retryFirst] = useNotificationPage(lang, null);
  const [tail] = useNotificationPage(lang, afters[afters.length - 1]!);
  const [mark, setMark] = useState<{ fetching: boolean; error: string | null }>({ fetching: false, error: null });
  const [, markRead] = useMutation(MarkReadMutation);
  const list = first.data?.me?.notifications;
  const tailList = tail.data?.me?.notifications;

  const markAll = async () => {
    if (mark.fetching) return;
    setMark({ fetching: true, error: null });
    const result = await markRead({ all: true });
    setMark({ fetching: false, error: result.error ? (formErrors(result.error, t).errors[0]?.message ?? null) : null });
  };

  return (
    <section aria-labelledby="notifications-list" className="detail-section">
      <h2 id="notifications-list">{t('notifications.listHeading')}</h2>
      {!list ? (
        first.error ? (
          <LoadError onRetry={() => retryFirst({ requestPolicy: 'network-only' })} />
        ) : (
          <Skeleton lines={4} label={t('notifications.loading')} />
        )
      ) : list.totalCount === 0 ? (
        <p className="empty">{t('notifications.empty')}</p>
      ) : (
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
          <ol className="notification-list">
            {afters.map((after) => (
              <NotificationPage key={after ?? ''} lang={lang} after={after} />
            ))}
          </ol>
          {tailList?.pageInfo.hasNextPage && tailList.pageInfo.endCursor && (
            <Button
              variant="secondary"
              className="load-more"
              aria-disabled={tail.fetching}
              onClick={() => {
                const cursor = tailList.pageInfo.endCursor;
                if (!tail.fetching && cursor && !afters.includes(cursor)) setAfters([...afters, cursor]);
              }}
            >
              {t('notifications.loadMore')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function useNotificationPage(lang: Lang, after: string | null) {
  return useQuery({ query: NotificationsQuery, variables: { lang, first: PAGE_SIZE, after } });
}

function NotificationPage({ lang, after }: { lang: Lang; after: string | null }) {
  const { t } = useT();
  const [{ data, error }, retry] = useNotificationPage(lang, after);
  const items = data?.me?.notifications?.nodes;
  if (!items)
    return (
      <li>
        {error ? (
          <LoadError onRetry={() => retry({ requestPolicy: 'network-only' })} />
        ) : (
          <Skeleton lines={2} label={t('notifications.loading')} />
        )}
      </li>
    );
  return (
    <>
      {items.map((n) => (
        <NotificationRow key={n.id} n={n} />
      ))}
    </>
  );
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
  const [afters, setAfters] = useState<Array<string | null>>([null]);
  const [first, retryFirst] = useFollowPage(lang, null);
  const [tail] = useFollowPage(lang, afters[afters.length - 1]!);
  const list = first.data?.me?.follows;
  const tailList = tail.data?.me?.follows;
  return (
    <section aria-labelledby="follows-list" className="detail-section">
      <h2 id="follows-list">{t('notifications.followsHeading')}</h2>
      {!list ? (
        first.error ? (
          <LoadError onRetry={() => retryFirst({ requestPolicy: 'network-only' })} />
        ) : (
          <Skeleton lines={3} label={t('notifications.loadingFollows')} />
        )
      ) : list.totalCount === 0 ? (
        <p className="empty">{t('notifications.noFollows')}</p>
      ) : (
        <>
          <p>{t('notifications.followCount', { count: list.totalCount })}</p>
          <ul className="follow-list">
            {afters.map((after) => (
              <FollowPage key={after ?? ''} lang={lang} after={after} />
            ))}
          </ul>
          {tailList?.pageInfo.hasNextPage && tailList.pageInfo.endCursor && (
            <Button
              variant="secondary"
              className="load-more"
              aria-disabled={tail.fetching}
              onClick={() => {
                const cursor = tailList.pageInfo.endCursor;
                if (!tail.fetching && cursor && !afters.includes(cursor)) setAfters([...afters, cursor]);
              }}
            >
              {t('notifications.loadMoreFollows')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function useFollowPage(lang: Lang, after: string | null) {
  return useQuery({ query: FollowsQuery, variables: { lang, first: PAGE_SIZE, after } });
}

function FollowPage({ lang, after }: { lang: Lang; after: string | null }) {
  const { t } = useT();
  const [{ data, error }, retry] = useFollowPage(lang, after);
  const items = data?.me?.follows?.nodes;
  if (!items)
    return (
      <li>
        {error ? (
          <LoadError onRetry={() => retry({ requestPolicy: 'network-only' })} />
        ) : (
          <Skeleton lines={2} label={t('notifications.loadingFollows')} />
        )}
      </li>
    );
  return (
    <>
      {items.map((f) => (
        <FollowRow key={f.id} f={f} />
      ))}
    </>
  );
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
