import '../../app/locales/follow';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { useMutation, useQuery } from 'urql';
import { formErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import { Notice } from '../../app/Notice';
import { signInPath, useViewer } from '../account/viewer';
import { FollowMutation, FollowStateQuery, UnfollowMutation } from './follow.queries';

/**
 * Follow / Following for a node's page (a toggle button with aria-pressed). Signed out it offers
 * signing in and coming back; API keys cannot follow.
 */
export function FollowButton({ nodeId, name }: { nodeId: string; name: string }) {
  const { t, lang } = useT();
  const { pathname, search } = useLocation();
  const { viewer } = useViewer();
  if (viewer === undefined) return null;
  if (viewer === null)
    return (
      <p className="follow">
        <Link to={signInPath(lang, `${pathname}${search}`)}>{t('follow.signInToFollow')}</Link>
      </p>
    );
  if (viewer.kind !== 'USER') return null;
  // Keyed: a page reused for another node (a related project) starts from that node's state.
  return <FollowToggle key={nodeId} nodeId={nodeId} name={name} />;
}

function FollowToggle({ nodeId, name }: { nodeId: string; name: string }) {
  const { t } = useT();
  const [{ data }] = useQuery({ query: FollowStateQuery });
  const [{ fetching: following_ }, follow] = useMutation(FollowMutation);
  const [{ fetching: unfollowing }, unfollow] = useMutation(UnfollowMutation);
  // What the last mutation set, until the refetched list agrees (or it failed).
  const [override, setOverride] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const listed = data?.me?.follows?.nodes.some((f) => f.node?.id === nodeId) ?? false;
  const pressed = override ?? listed;
  const busy = following_ || unfollowing;

  const toggle = async () => {
    if (busy) return;
    setError(null);
    const next = !pressed;
    const result = next ? await follow({ node: nodeId }) : await unfollow({ node: nodeId });
    if (result.error) {
      setError(formErrors(result.error, t).errors[0]?.message ?? t('form.error.server'));
      return;
    }
    setOverride(next);
    setAnnounce(next ? t('follow.nowFollowing', { name }) : t('follow.noLongerFollowing', { name }));
  };

  return (
    <div className="follow">
      <Button
        variant={pressed ? 'secondary' : 'default'}
        aria-pressed={pressed}
        aria-disabled={busy}
        onClick={() => void toggle()}
      >
        {pressed ? t('follow.following') : t('follow.follow')}
        <span className="visually-hidden">: {name}</span>
      </Button>
      <span className="visually-hidden" role="status">
        {announce}
      </span>
      {error && (
        <Notice tone="error" role="alert">
          <p>{error}</p>
        </Notice>
      )}
    </div>
  );
}
