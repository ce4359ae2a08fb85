import { Heading } from 'suomifi-ui-components';
import { Notice } from '../../app/Notice';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../../app/i18n';
import { signInPath } from './viewer';

/**
 * Shown instead of a form to an anonymous visitor: a link to sign in and come back here, after
 * `children` (what the page is about, when it can say so without a sign-in).
 */
export function SignInNotice({ heading, children }: { heading: string; children?: ReactNode }) {
  const { t, lang } = useT();
  const { pathname, search } = useLocation();
  return (
    <>
      <Heading variant="h1">{heading}</Heading>
      {children}
      <Notice>
        <p>{t('account.signInToContinue')}</p>
        <p>
          <Link className="button-primary" to={signInPath(lang, `${pathname}${search}`)}>
            {t('account.signIn')}
          </Link>
        </p>
      </Notice>
    </>
  );
}

/** Shown when the signed-in user may not do this here (the API would answer FORBIDDEN). */
export function ForbiddenNotice({ heading, message }: { heading: string; message?: string }) {
  const { t } = useT();
  return (
    <>
      <Heading variant="h1">{heading}</Heading>
      <Notice tone="warning" role="alert">
        <p>{message ?? t('form.error.forbidden')}</p>
      </Notice>
    </>
  );
}
