import { describe, expect, it } from 'vitest';
import { field, settle, stubFormClient, submit, type } from '../../test/mutations';
import { button, click, operationName, render } from '../../test/render';
import { text } from '../../test/text';
import { leadOf, viewer } from '../account/account.fixtures';
import AcceptInvitationPage from './AcceptInvitationPage';
import { InviteMember } from './InviteMember';

const TOKEN = `kgi_${'A'.repeat(43)}`;

describe('InviteMember', () => {
  it('creates an invitation and shows its link once', async () => {
    const stub = stubFormClient(
      () => undefined,
      () => ({
        data: {
          inviteMember: {
            token: TOKEN,
            invitation: { email: 'uusi@example.fi', role: 'CONTRIBUTOR', expiresAt: '2026-12-12T00:00:00Z' },
          },
        },
      }),
    );
    const c = render(<InviteMember projectId="P1" />, stub.client, { url: '/en/projects/kaatio/edit' });
    type(field(c, 'E-mail address'), 'uusi@example.fi');
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { project: 'P1', email: 'uusi@example.fi', role: 'CONTRIBUTOR' },
    });
    expect(text(c.querySelector('.invitation-link'))).toBe(`${window.location.origin}/en/invitations/${TOKEN}`);
  });

  it('refuses a malformed e-mail address before asking the API', async () => {
    const stub = stubFormClient(() => undefined);
    const c = render(<InviteMember projectId="P1" />, stub.client, { url: '/fi/projects/kaatio/edit' });
    type(field(c, 'Sähköpostiosoite'), 'ei osoite');
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('#f-email-statusText'))).toBe('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
  });

  it('names a bad e-mail address next to its field', async () => {
    const stub = stubFormClient(
      () => undefined,
      () => ({
        error: {
          name: 'CombinedError',
          message: 'bad',
          graphQLErrors: [
            {
              message: '"email" must be an email address.',
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'email',
                fields: [{ field: 'email', message: '"email" must be an email address.' }],
              },
            },
          ],
        } as never,
      }),
    );
    const c = render(<InviteMember projectId="P1" />, stub.client, { url: '/en/projects/kaatio/edit' });
    type(field(c, 'E-mail address'), 'someone@example.fi');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('.error-summary li [lang="en"]'))).toBe('"email" must be an email address.');
    expect(c.querySelector('.invitation-link')).toBeNull();
  });
});

describe('AcceptInvitationPage', () => {
  const page = (
    respondMutation: Parameters<typeof stubFormClient>[1],
    me: unknown = viewer(),
    invitation?: unknown,
  ) => {
    const stub = stubFormClient(
      (r) =>
        operationName(r) === 'Viewer_Query'
          ? { data: { me } }
          : operationName(r) === 'InvitationPreview_Query' && invitation !== undefined
            ? { data: { invitation } }
            : undefined,
      respondMutation,
    );
    const c = render(<AcceptInvitationPage />, stub.client, {
      url: `/en/invitations/${TOKEN}`,
      path: '/:lang/invitations/:token',
    });
    return { c, stub };
  };

  const preview = (state: string) => ({
    role: 'CONTRIBUTOR',
    state,
    expiresAt: '2026-12-13T10:00:00.000Z',
    emailHint: 'm…@oulu.fi',
    invitedByName: 'Liisa Liidi',
    project: { id: 'P1', slug: 'kaatio', name: { text: 'KAATIO', lang: 'en', isFallback: false } },
    organisation: null,
  });
  const facts = (c: HTMLElement) => [...c.querySelectorAll('.facts > div')].map((d) => text(d));

  it('says what the invitation is for before accepting, signed in or not', async () => {
    for (const me of [viewer(), null]) {
      const { c } = page(() => undefined, me, preview('OPEN'));
      await settle();
      expect(facts(c)).toEqual([
        'ProjectKAATIO',
        'RoleContributor',
        'Invited byLiisa Liidi',
        'Sent tom…@oulu.fi',
        'Valid until13 Dec 2026',
      ]);
      expect(c.querySelector('.facts a')?.getAttribute('href')).toBe('/en/projects/kaatio');
    }
  });

  it('offers nothing to accept when the invitation expired, was accepted or is unknown', async () => {
    for (const [inv, message] of [
      [preview('EXPIRED'), 'The invitation has expired. Ask whoever invited you for a new one.'],
      [preview('ACCEPTED'), 'The invitation has already been accepted.'],
      [null, 'No such invitation: the link is wrong or the invitation was withdrawn.'],
    ] as const) {
      const { c } = page(() => undefined, viewer(), inv);
      await settle();
      expect(text(c.querySelector('[role="alert"]'))).toBe(message);
      expect(button(c, 'Accept the invitation')).toBeUndefined();
    }
  });

  it('asks an anonymous visitor to sign in first', async () => {
    const { c } = page(() => undefined, null);
    await settle();
    expect(text(c.querySelector('.notice'))).toContain('Sign in');
  });

  it('accepts the invitation and links to the project it added, by the project’s name', async () => {
    const project = (id: string, slug: string, name: string) => ({
      id,
      slug,
      name: { text: name, lang: 'en', isFallback: false },
    });
    const { c, stub } = page(
      () => ({
        data: {
          acceptInvitation: {
            id: 'U1',
            memberships: [
              { role: 'LEAD', project: project('P0', 'vanha', 'Old project') },
              { role: 'CONTRIBUTOR', project: project('P1', 'kaatio', 'KAATIO – Producing the plan') },
            ],
          },
        },
      }),
      viewer({ memberships: [leadOf('P0')] }),
    );
    await settle();
    click(button(c, 'Accept the invitation'));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({ token: TOKEN, lang: 'en' });
    const links = [...c.querySelectorAll('[role="status"] a')];
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['/en/projects/kaatio', 'KAATIO – Producing the plan'],
    ]);
  });

  it('says so when the invitation is for another address', async () => {
    const { c } = page(() => ({
      error: {
        name: 'CombinedError',
        message: 'forbidden',
        graphQLErrors: [{ message: 'other address', extensions: { code: 'FORBIDDEN' } }],
      } as never,
    }));
    await settle();
    click(button(c, 'Accept the invitation'));
    await settle();
    expect(text(c.querySelector('[role="alert"]'))).toBe(
      'The invitation was sent to another e-mail address. Sign in with that address.',
    );
  });
});
