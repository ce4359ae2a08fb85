import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Button, RouterLink } from 'suomifi-ui-components';
import { useMutation, useQuery } from 'urql';
import { useT } from '../../app/i18n';
import { SignOutMutation } from './account.mutations';
import { UnreadCountQuery } from '../follow/unread.query';
import { signInPath, useViewer, viewerOrganisations } from './viewer';
import './user-menu.css';

/** Set while signing out reloads the page, so that the new page knows to say so. */
const SIGNED_OUT = 'kuntagraph.signedOut';

/** The header's account corner: a sign-in link, or the user's name opening a small menu. */
export function UserMenu() {
  const { t, lang } = useT();
  const { pathname, search } = useLocation();
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  const [, signOut] = useMutation(SignOutMutation);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const signInRef = useRef<HTMLDivElement>(null);
  const [signedOut, setSignedOut] = useState(false);

  // After signing out the page loads anew: focus goes to the sign-in link (not the body) and the
  // change is said politely.
  useEffect(() => {
    if (viewer !== null || !takeSignedOut()) return;
    setSignedOut(true);
    signInRef.current?.querySelector('a')?.focus();
  }, [viewer]);

  // Navigating (a menu link) closes the menu.
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  if (viewer === undefined) return <div className="user-menu" />;
  if (viewer === null) {
    const here = `${pathname}${search}`;
    const onAuthPage = /\/sign-(in|up)$/.test(pathname);
    return (
      <div className="user-menu" ref={signInRef}>
        <RouterLink
          asComponent={Link}
          className="user-menu-button"
          to={onAuthPage ? `/${lang}/sign-in` : signInPath(lang, here)}
        >
          {t('account.signIn')}
        </RouterLink>
        <p className="visually-hidden" role="status">
          {signedOut ? t('account.signedOut') : ''}
        </p>
      </div>
    );
  }

  const onSignOut = async () => {
    await signOut({});
    try {
      sessionStorage.setItem(SIGNED_OUT, '1');
    } catch {
      // Storage may be off: the page then loads without the news.
    }
    // A full load forgets every cached answer that was given to the signed-in user.
    window.location.assign(`/${lang}/`);
  };

  return (
    <div
      className="user-menu"
      ref={menuRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <Button
        ref={buttonRef}
        variant="inverted"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('account.menuFor')} </span>
        {viewer.name}
        <span className="user-menu-caret" aria-hidden="true">
          ▾
        </span>
      </Button>
      <ul id={menuId} className="user-menu-list" hidden={!open}>
        <li>
          <RouterLink asComponent={Link} to={`/${lang}/account`}>
            {t('account.myAccount')}
          </RouterLink>
        </li>
        <li>
          <NotificationsLink />
        </li>
        <li>
          <RouterLink asComponent={Link} to={`/${lang}/account/api-keys`}>
            {t('apiKeys.heading')}
          </RouterLink>
        </li>
        {(viewer.isAdmin || viewerOrganisations(viewer).length > 0) && (
          <li>
            <RouterLink asComponent={Link} to={`/${lang}/webhooks`}>
              {t('account.webhooks')}
            </RouterLink>
          </li>
        )}
        <li>
          <Button variant="secondaryNoBorder" fullWidth onClick={() => void onSignOut()}>
            {t('account.signOut')}
          </Button>
        </li>
      </ul>
    </div>
  );
}

/** Whether this page load follows signing out (asked once). */
function takeSignedOut(): boolean {
  try {
    if (sessionStorage.getItem(SIGNED_OUT) !== '1') return false;
    sessionStorage.removeItem(SIGNED_OUT);
    return true;
  } catch {
    return false;
  }
}

/** The menu's link to the notifications, with the number of unread ones when there are any. */
function NotificationsLink() {
  const { t, lang } = useT();
  const [{ data }] = useQuery({ query: UnreadCountQuery });
  const unread = data?.me?.notifications?.unreadCount ?? 0;
  return (
    <RouterLink asComponent={Link} to={`/${lang}/notifications`}>
      {t('account.notifications')}
      {unread > 0 && (
        <span className="unread-count">
          <span className="visually-hidden">, </span>
          {t('account.unreadNotifications', { count: unread })}
        </span>
      )}
    </RouterLink>
  );
}
