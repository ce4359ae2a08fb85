import { Heading } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { useT } from '../../app/i18n';
import { AuthProvidersQuery } from './account.mutations';

/** `loginUrl` with `returnTo` added, keeping any query the server already put in it. */
export function ssoHref(loginUrl: string, returnTo: string): string {
  return `${loginUrl}${loginUrl.includes('?') ? '&' : '?'}returnTo=${encodeURIComponent(returnTo)}`;
}

/** Single sign-on buttons (plain links: the server redirects to the provider); none when none is set up. */
export function SsoButtons({ returnTo }: { returnTo: string }) {
  const { t } = useT();
  const [{ data }] = useQuery({ query: AuthProvidersQuery });
  const providers = data?.authProviders ?? [];
  if (providers.length === 0) return null;
  return (
    <section className="sso" aria-labelledby="sso-heading">
      <Heading variant="h2" id="sso-heading">
        {t('account.sso')}
      </Heading>
      <ul className="plain-list form-actions">
        {providers.map((p) => (
          <li key={p.id}>
            <a className="button-secondary" href={ssoHref(p.loginUrl, returnTo)}>
              {t('account.ssoWith', { label: p.label })}
            </a>
          </li>
        ))}
      </ul>
      <p className="tabs-note">{t('account.orPassword')}</p>
    </section>
  );
}

const SSO_ERRORS = [
  'invalid_state',
  'expired',
  'provider_error',
  'invalid_response',
  'email_missing',
  'email_invalid',
  'email_unverified',
  'email_domain_not_allowed',
  'provider_unavailable',
  'unavailable',
  'server_error',
] as const;

/** The friendly sentence for an `?error=` code the server's single sign-on redirect sent back. */
export function ssoErrorMessage(code: string, t: (key: string) => string): string {
  return (SSO_ERRORS as readonly string[]).includes(code)
    ? t(`account.ssoError.${code}`)
    : t('account.ssoError.server_error');
}
