import { afterEach, describe, expect, it } from 'vitest';
import { button, cleanup, click, link, operationName, render, stubClient } from '../../test/render';
import { settle, stubFormClient } from '../../test/mutations';
import { text } from '../../test/text';
import { viewer } from '../account/account.fixtures';
import { FollowButton } from './FollowButton';
import { NodeLink } from './NodeLink';
import NotificationsPage from './NotificationsPage';

afterEach(cleanup);

const fi = (t: string) => ({ text: t, lang: 'fi', isFallback: false });
const PROJECT = { __typename: 'Project', id: 'UHJvamVjdDox', name: fi('Rakennusvalvonta') };

function follows(nodes: unknown[]) {
  return { __typename: 'Viewer', id: 'VXNlcjox', follows: { totalCount: nodes.length, nodes } };
}

describe('FollowButton', () => {
  function setup({ me = viewer() as unknown, followed = false, fail = false } = {}) {
    const stub = stubFormClient(
      (r) =>
        operationName(r) === 'Viewer_Query'
          ? { data: { me } }
          : {
              data: {
                me: follows(
                  followed ? [{ __typename: 'Follow', id: 'F1', nodeType: 'Project', node: { id: PROJECT.id } }] : [],
                ),
              },
            },
      (r) =>
        fail
          ? ({
              error: { graphQLErrors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] },
            } as never)
          : operationName(r) === 'Follow_Follow'
            ? {
                data: {
                  follow: {
                    __typename: 'Follow',
                    id: 'F1',
                    nodeType: 'Project',
                    createdAt: '2026-03-01T10:00:00Z',
                    node: { __typename: 'Project', id: PROJECT.id },
                  },
                },
              }
            : { data: { unfollow: true } },
    );
    const c = render(<FollowButton nodeId={PROJECT.id} name="Rakennusvalvonta" />, stub.client, {
      url: '/en/projects/rasa',
    });
    return { c, stub };
  }

  it('offers signing in to a visitor, coming back to the page', async () => {
    const { c } = setup({ me: null });
    await settle();
    const a = link(c, 'Sign in to follow changes');
    expect(a?.getAttribute('href')).toBe('/en/sign-in?returnTo=%2Fen%2Fprojects%2Frasa');
    expect(c.querySelector('button')).toBeNull();
  });

  it('follows: a toggle button turns pressed and the change is announced', async () => {
    const { c, stub } = setup();
    await settle();
    const b = c.querySelector('.follow button')!;
    expect(text(b)).toBe('Follow: Rakennusvalvonta');
    expect(b.getAttribute('aria-pressed')).toBe('false');
    click(b);
    await settle();
    expect(operationName(stub.executeMutation.mock.calls[0][0])).toBe('Follow_Follow');
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({ node: PROJECT.id });
    const after = c.querySelector('.follow button')!;
    expect(after.getAttribute('aria-pressed')).toBe('true');
    expect(text(after)).toBe('Following: Rakennusvalvonta');
    expect(text(c.querySelector('.follow [role="status"]'))).toBe('You now follow Rakennusvalvonta.');
  });

  it('unfollows what is followed', async () => {
    const { c, stub } = setup({ followed: true });
    await settle();
    const b = c.querySelector('.follow button')!;
    expect(b.getAttribute('aria-pressed')).toBe('true');
    click(b);
    await settle();
    expect(operationName(stub.executeMutation.mock.calls[0][0])).toBe('Follow_Unfollow');
    expect(c.querySelector('.follow button')!.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows an error with a notice and stays unpressed', async () => {
    const { c } = setup({ fail: true });
    await settle();
    click(c.querySelector('.follow button'));
    await settle();
    expect(text(c.querySelector('.notice-error'))).toContain('You are not allowed to do this.');
    expect(c.querySelector('.follow button')!.getAttribute('aria-pressed')).toBe('false');
  });
});

const notification = (over: Record<string, unknown> = {}) => ({
  __typename: 'Notification',
  id: 'N1',
  action: 'project.update',
  at: '2026-03-02T10:30:00Z',
  readAt: null,
  nodeType: 'Project',
  followedType: 'Project',
  changes: [{ __typename: 'FieldChange', field: 'summary' }],
  node: PROJECT,
  followed: PROJECT,
  ...over,
});

describe('NotificationsPage', () => {
  type Respond = Parameters<typeof stubFormClient>[0];
  function setup(respond: Respond, respondMutation: Respond = () => ({ data: { markNotificationsRead: 1 } })) {
    const stub = stubFormClient(
      (r) => (operationName(r) === 'Viewer_Query' ? { data: { me: viewer() } } : respond(r)),
      respondMutation,
    );
    const c = render(<NotificationsPage />, stub.client, { url: '/en/notifications' });
    return { c, stub };
  }

  const notifications = (nodes: unknown[], { unreadCount = 0, next = false } = {}) => ({
    __typename: 'Viewer',
    id: 'VXNlcjox',
    notifications: {
      totalCount: nodes.length + (next ? 1 : 0),
      unreadCount,
      pageInfo: { hasNextPage: next, endCursor: next ? 'c1' : null },
      nodes,
    },
  });
  const followList = (nodes: unknown[]) => ({
    __typename: 'Viewer',
    id: 'VXNlcjox',
    follows: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes },
  });

  it('asks a visitor to sign in', async () => {
    const stub = stubFormClient(() => ({ data: { me: null } }));
    const c = render(<NotificationsPage />, stub.client, { url: '/en/notifications' });
    await settle();
    expect(text(c.querySelector('h1'))).toBe('Notifications');
    expect(text(c.querySelector('.notice'))).toContain('Sign in to continue.');
    expect(document.title).toBe('Notifications – Kuntagraph');
  });

  it('shows loading skeletons while the lists load', async () => {
    const { c } = setup(() => undefined);
    await settle();
    expect(text(c.querySelector('h1'))).toBe('Notifications');
    expect([...c.querySelectorAll('.skeleton [role="status"]')].map(text)).toEqual([
      'Loading notifications…',
      'Loading what you follow…',
    ]);
  });

  it('shows empty states', async () => {
    const { c } = setup((r) =>
      operationName(r) === 'Notifications_Query'
        ? { data: { me: notifications([]) } }
        : { data: { me: followList([]) } },
    );
    await settle();
    expect([...c.querySelectorAll('.empty')].map(text)).toEqual([
      'No notifications. When something you follow changes, it shows here.',
      expect.stringContaining('You do not follow anything yet.'),
    ]);
  });

  it('shows an error with a retry', async () => {
    const { c, stub } = setup((r) =>
      operationName(r) === 'Notifications_Query'
        ? ({ error: { graphQLErrors: [{ message: 'boom' }] } } as never)
        : { data: { me: followList([]) } },
    );
    await settle();
    expect(text(c.querySelector('[role="alert"]'))).toContain('Loading the data failed.');
    const before = stub.executeQuery.mock.calls.length;
    click(button(c, 'Try again'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(before);
  });

  it('lists notifications with links, marks them read, pages, and lists follows with unfollow', async () => {
    const deliverable = {
      __typename: 'Deliverable',
      id: 'RGVsaXZlcmFibGU6MQ==',
      title: fi('Lupapalvelu'),
    };
    const { c, stub } = setup(
      (r) => {
        if (operationName(r) === 'Follows_Query')
          return {
            data: {
              me: followList([
                {
                  __typename: 'Follow',
                  id: 'F1',
                  nodeType: 'Project',
                  createdAt: '2026-03-01T10:00:00Z',
                  node: PROJECT,
                },
              ]),
            },
          };
        if (r.variables?.after === 'c1')
          return { data: { me: notifications([notification({ id: 'N3', readAt: '2026-03-01T00:00:00Z' })]) } };
        return {
          data: {
            me: notifications(
              [
                notification({ id: 'N1', action: 'deliverable.create', nodeType: 'Deliverable', node: deliverable }),
                notification({ id: 'N2', readAt: '2026-03-03T00:00:00Z' }),
              ],
              { unreadCount: 1, next: true },
            ),
          },
        };
      },
      (r) =>
        operationName(r) === 'Notifications_MarkRead'
          ? { data: { markNotificationsRead: 1 } }
          : { data: { unfollow: true } },
    );
    await settle();
    const items = [...c.querySelectorAll('.notification-list > li')];
    expect(items).toHaveLength(2);
    expect(text(items[0]!.querySelector('p'))).toBe('New Deliverable: added – Lupapalvelu');
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('/en/nodes/RGVsaXZlcmFibGU6MQ%3D%3D');
    expect(text(items[0])).toContain('You follow: Rakennusvalvonta');
    expect(text(items[0]!.querySelector('time'))).toBe('2 Mar 2026, 12:30');
    expect(text(items[1]!.querySelector('p'))).toBe('Project: edited – Rakennusvalvonta');
    expect(items[1]!.querySelector('button')).toBeNull();
    expect(text(c.querySelector('.list-toolbar [role="status"]'))).toBe('3 notifications, 1 unread.');

    click(items[0]!.querySelector('button'));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({ ids: ['N1'] });
    click(button(c, 'Mark all as read'));
    await settle();
    expect(stub.executeMutation.mock.calls[1][0].variables).toEqual({ all: true });

    click(button(c, 'Show more notifications'));
    await settle();
    expect(c.querySelectorAll('.notification-list > li')).toHaveLength(3);
    expect(button(c, 'Show more notifications')).toBeUndefined();

    const follow = c.querySelector('.follow-list > li');
    expect(text(follow?.querySelector('p'))).toBe('Rakennusvalvonta (Project)');
    click(follow?.querySelector('button'));
    await settle();
    expect(stub.executeMutation.mock.calls[2][0].variables).toEqual({ node: PROJECT.id });
  });
});

describe('NodeLink', () => {
  it('notes a Finnish project name on the English page, but not a Finnish organisation name', () => {
    const finnish = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: true });
    const c = render(
      <>
        <NodeLink node={{ __typename: 'Project', id: 'P1', name: finnish('Rakennusvalvonta') }} type="Project" />
        <NodeLink node={{ __typename: 'Organisation', id: 'O1', name: finnish('Nokia') }} type="Organisation" />
      </>,
      stubClient(() => undefined).client,
      { url: '/en/' },
    );
    expect([...c.querySelectorAll('a')].map(text)).toEqual(['Rakennusvalvonta (in Finnish)', 'Nokia']);
    expect(c.querySelectorAll('a [lang="fi"]')).toHaveLength(2);
  });
});
