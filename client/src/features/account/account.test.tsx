import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { button, click, link, operationName, render } from '../../test/render';
import { field, settle, stubFormClient, submit, type } from '../../test/mutations';
import { text } from '../../test/text';
import { memberOf, viewer } from './account.fixtures';
import AccountPage from './AccountPage';
import SignInPage from './SignInPage';
import SignUpPage from './SignUpPage';
import { UserMenu } from './UserMenu';

const providers = {
  authProviders: [{ id: 'oidc', label: 'Helsingin kaupunki (Entra ID)', loginUrl: '/auth/oidc/login' }],
};

function signInApp(client: ReturnType<typeof stubFormClient>['client'], url: string) {
  return render(
    <Routes>
      <Route path="/:lang/sign-in" element={<SignInPage />} />
      <Route path="/:lang/projects/:slug" element={<h1>Project page</h1>} />
    </Routes>,
    client,
    { url, routes: false },
  );
}

describe('SignInPage', () => {
  it('offers single sign-on back to the page and explains an SSO error code in the page language', async () => {
    const stub = stubFormClient((r) =>
      operationName(r) === 'AuthProviders_Query' ? { data: providers } : { data: { me: null } },
    );
    const c = signInApp(stub.client, '/sv/sign-in?returnTo=%2Fsv%2Fprojects%2Fkaatio&error=email_unverified');
    await settle();
    expect(text(c.querySelector('h1'))).toBe('Logga in');
    expect(text(c.querySelector('[role="alert"]'))).toBe(
      'Den enkla inloggningen misslyckades. Din e-postadress är inte verifierad i identifieringstjänsten.',
    );
    expect(link(c, 'Logga in: Helsingin kaupunki (Entra ID)')?.getAttribute('href')).toBe(
      '/auth/oidc/login?returnTo=%2Fsv%2Fprojects%2Fkaatio',
    );
  });

  it('shows an unknown SSO error code as a general failure, and no SSO button when none is set up', async () => {
    const stub = stubFormClient(() => ({ data: { authProviders: [], me: null } }));
    const c = signInApp(stub.client, '/en/sign-in?error=%3Cscript%3E');
    await settle();
    expect(text(c.querySelector('[role="alert"]'))).toBe(
      'Single sign-on failed. Something went wrong while signing in. Please try again.',
    );
    expect(c.querySelector('.sso')).toBeNull();
  });

  it('lists missing fields in a focused error summary that links to them', async () => {
    const stub = stubFormClient(() => ({ data: { authProviders: [] } }));
    const c = signInApp(stub.client, '/fi/sign-in');
    submit(c.querySelector('form'));
    await settle();
    const summary = c.querySelector('.error-summary');
    expect(document.activeElement).toBe(summary);
    expect([...summary!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#f-email', 'Sähköpostiosoite: Täytä tämä kenttä.'],
      ['#f-password', 'Salasana: Täytä tämä kenttä.'],
    ]);
    const email = field(c, 'Sähköpostiosoite');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('f-email-statusText');
    expect(text(c.querySelector('#f-email-statusText'))).toBe('Täytä tämä kenttä.');
    click(summary!.querySelector('a'));
    expect(document.activeElement).toBe(email);
    expect(stub.executeMutation).not.toHaveBeenCalled();
  });

  it('says the credentials are wrong, then signs in and returns to the page it came from', async () => {
    let attempt = 0;
    const stub = stubFormClient(
      () => ({ data: { authProviders: [] } }),
      () =>
        attempt++ === 0
          ? {
              error: new CombinedError({
                graphQLErrors: [new GraphQLError('Wrong', { extensions: { code: 'UNAUTHENTICATED' } })],
              }),
            }
          : { data: { signIn: { __typename: 'Viewer', id: 'U1', name: 'Liisa' } } },
    );
    const c = signInApp(stub.client, '/fi/sign-in?returnTo=%2Ffi%2Fprojects%2Fkaatio');
    type(field(c, 'Sähköpostiosoite'), 'liisa@oulu.example');
    type(field(c, 'Salasana'), 'väärä');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('.error-summary li'))).toBe('Sähköpostiosoite tai salasana on väärä.');
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation.mock.calls[1][0].variables).toEqual({
      input: { email: 'liisa@oulu.example', password: 'väärä' },
    });
    expect(text(c.querySelector('h1'))).toBe('Project page');
  });

  it('never returns to another site after signing in', async () => {
    const stub = stubFormClient(() => ({ data: { authProviders: providers.authProviders } }));
    const c = signInApp(stub.client, '/fi/sign-in?returnTo=%2F%2Fevil.example%2F');
    await settle();
    expect(link(c, 'Kirjaudu: Helsingin kaupunki (Entra ID)')?.getAttribute('href')).toBe(
      '/auth/oidc/login?returnTo=%2Ffi%2F',
    );
  });
});

describe('SignUpPage', () => {
  it('checks the password length and shows a taken email next to the field', async () => {
    const stub = stubFormClient(
      () => ({ data: { authProviders: [] } }),
      () => ({
        error: new CombinedError({
          graphQLErrors: [new GraphQLError('Exists', { extensions: { code: 'CONFLICT', field: 'email' } })],
        }),
      }),
    );
    const c = render(<SignUpPage />, stub.client, { url: '/en/sign-up' });
    type(field(c, 'Name'), 'Liisa');
    type(field(c, 'Email address'), 'liisa@oulu.example');
    type(field(c, 'New password'), 'short');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('#f-password-statusText'))).toBe('The password must have at least 12 characters.');
    expect(stub.executeMutation).not.toHaveBeenCalled();
    type(field(c, 'New password'), 'long enough password');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('#f-email-statusText'))).toBe(
      'An account with this email address exists already. Please sign in.',
    );
  });
});

describe('SignUpPage in Swedish', () => {
  it('refuses a malformed address and a too long name in Swedish before asking the API', async () => {
    const stub = stubFormClient(() => ({ data: { authProviders: [] } }));
    const c = render(<SignUpPage />, stub.client, { url: '/sv/sign-up' });
    await settle();
    const name = c.querySelector('#f-name') as HTMLInputElement;
    expect(name.maxLength).toBe(200);
    expect((c.querySelector('#f-email') as HTMLInputElement).maxLength).toBe(254);
    type(name, 'x'.repeat(201));
    type(c.querySelector('#f-email'), 'liisa@oulu');
    type(c.querySelector('#f-password'), 'long enough password');
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('#f-name-statusText'))).toBe('Skriv högst 200 tecken (nu 201).');
    expect(text(c.querySelector('#f-email-statusText'))).toBe('Ange e-postadressen i formen namn@exempel.fi.');
    expect(document.activeElement).toBe(c.querySelector('.error-summary'));
  });
});

describe('UserMenu and AccountPage', () => {
  it('shows a sign-in link to anonymous visitors that comes back to the page', async () => {
    const stub = stubFormClient(() => ({ data: { me: null } }));
    const c = render(<UserMenu />, stub.client, { url: '/fi/projects/kaatio' });
    await settle();
    expect(link(c, 'Kirjaudu sisään')?.getAttribute('href')).toBe('/fi/sign-in?returnTo=%2Ffi%2Fprojects%2Fkaatio');
  });

  it('after signing out reloads the page, puts focus on the sign-in link and says so', async () => {
    sessionStorage.setItem('kuntagraph.signedOut', '1');
    const stub = stubFormClient(() => ({ data: { me: null } }));
    const c = render(<UserMenu />, stub.client, { url: '/fi/' });
    await settle();
    expect(document.activeElement).toBe(link(c, 'Kirjaudu sisään'));
    expect(text(c.querySelector('[role="status"]'))).toBe('Olet kirjautunut ulos.');
    expect(sessionStorage.getItem('kuntagraph.signedOut')).toBeNull();
    // Only once: the next page is an ordinary one.
    const next = render(<UserMenu />, stub.client, { url: '/fi/' });
    await settle();
    expect(text(next.querySelector('[role="status"]'))).toBe('');
  });

  it('shows the signed-in name with a menu of account, notifications, API keys and sign out', async () => {
    const stub = stubFormClient(() => ({ data: { me: viewer() } }));
    const c = render(<UserMenu />, stub.client, { url: '/en/projects' });
    await settle();
    const toggle = c.querySelector('.user-menu-button');
    expect(text(toggle)).toBe('User menu: Liisa Liidi▾');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(c.querySelector('.user-menu-list')?.hasAttribute('hidden')).toBe(true);
    click(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect([...c.querySelectorAll('.user-menu-list li')].map(text)).toEqual([
      'My account',
      'Notifications',
      'API keys',
      'Sign out',
    ]);
    expect(link(c, 'API keys')?.getAttribute('href')).toBe('/en/account/api-keys');
  });

  it('shows the unread notifications in the menu, and webhooks to an organisation member', async () => {
    const stub = stubFormClient((r) =>
      operationName(r) === 'Notifications_Unread'
        ? { data: { me: { __typename: 'Viewer', id: 'VXNlcjox', notifications: { unreadCount: 3 } } } }
        : { data: { me: viewer({ memberships: [memberOf('OULU', 'Oulu')] }) } },
    );
    const c = render(<UserMenu />, stub.client, { url: '/en/projects' });
    await settle();
    click(c.querySelector('.user-menu-button'));
    expect([...c.querySelectorAll('.user-menu-list li')].map(text)).toEqual([
      'My account',
      'Notifications, 3 unread',
      'API keys',
      'Webhooks',
      'Sign out',
    ]);
    expect(c.querySelector('.user-menu-list li:nth-child(2) a')?.getAttribute('href')).toBe('/en/notifications');
    expect(c.querySelector('.user-menu-list li:nth-child(4) a')?.getAttribute('href')).toBe('/en/webhooks');
  });

  it('changes the password and reports a wrong current password on its field', async () => {
    const stub = stubFormClient(
      () => ({ data: { me: viewer() } }),
      () => ({
        error: new CombinedError({
          graphQLErrors: [
            new GraphQLError('The current password is wrong.', {
              extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
            }),
          ],
        }),
      }),
    );
    const c = render(<AccountPage />, stub.client, { url: '/en/account' });
    await settle();
    expect(text(c.querySelector('h1'))).toBe('My account');
    type(field(c, 'Current password'), 'wrong one');
    type(field(c, 'New password'), 'a much longer password');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('#f-currentPassword-statusText'))).toBe('The current password is wrong.');
    expect(button(c, 'Change password')).toBeDefined();
  });

  it('asks anonymous visitors to sign in', async () => {
    const c = render(<AccountPage />, stubFormClient(() => ({ data: { me: null } })).client, { url: '/fi/account' });
    await settle();
    expect(link(c, 'Kirjaudu sisään')?.getAttribute('href')).toBe('/fi/sign-in?returnTo=%2Ffi%2Faccount');
  });
});
