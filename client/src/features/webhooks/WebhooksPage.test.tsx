import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, cleanup, click, operationName, render } from '../../test/render';
import { field, settle, stubFormClient, submit, type } from '../../test/mutations';
import { text } from '../../test/text';
import { memberOf, viewer } from '../account/account.fixtures';
import WebhooksPage from './WebhooksPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const hook = {
  __typename: 'Webhook',
  id: 'W1',
  url: 'https://oulu.example/hook',
  events: ['project.*'],
  active: true,
  createdAt: '2026-03-01T10:00:00Z',
};

const delivery = {
  __typename: 'WebhookDelivery',
  id: 'D1',
  eventType: 'project.update',
  status: 'FAILED',
  attempts: 2,
  lastStatusCode: 500,
  lastError: 'HTTP 500',
  createdAt: '2026-03-02T10:00:00Z',
  deliveredAt: null,
  nextAttemptAt: null,
  attemptLog: [
    {
      __typename: 'WebhookDeliveryAttempt',
      at: '2026-03-02T10:00:00Z',
      statusCode: 500,
      durationMs: 120,
      error: 'HTTP 500',
      redelivery: false,
    },
    {
      __typename: 'WebhookDeliveryAttempt',
      at: '2026-03-02T10:05:00Z',
      statusCode: null,
      durationMs: 10000,
      error: 'timeout',
      redelivery: false,
    },
  ],
};

type Respond = Parameters<typeof stubFormClient>[0];

function setup({
  hooks = [hook],
  me = viewer({ memberships: [memberOf('OULU', 'Oulu')] }) as unknown,
  query,
}: { hooks?: unknown[]; me?: unknown; query?: Respond } = {}) {
  const stub = stubFormClient(
    (r) =>
      operationName(r) === 'Viewer_Query'
        ? { data: { me } }
        : query
          ? query(r)
          : operationName(r) === 'Webhooks_Deliveries'
            ? {
                data: {
                  webhookDeliveries: {
                    totalCount: 1,
                    pageInfo: { hasNextPage: false, endCursor: null },
                    nodes: [delivery],
                  },
                },
              }
            : { data: { webhooks: hooks } },
    (r) => {
      switch (operationName(r)) {
        case 'Webhooks_Create':
          return {
            data: {
              createWebhook: {
                secret: 'whsec_abc123',
                webhook: { ...hook, id: 'W2', url: 'https://oulu.example/new', events: [] },
              },
            },
          };
        case 'Webhooks_Delete':
          return { data: { deleteWebhook: 'W1' } };
        default:
          return { data: { redeliverWebhook: { ...delivery, status: 'DELIVERED', attempts: 3, lastStatusCode: 200 } } };
      }
    },
  );
  const c = render(<WebhooksPage />, stub.client, { url: '/en/webhooks' });
  return { c, stub };
}

describe('WebhooksPage', () => {
  it('asks a visitor to sign in, and tells a user without organisations they may not manage webhooks', async () => {
    const anon = setup({ me: null });
    await settle();
    expect(text(anon.c.querySelector('.notice'))).toContain('Sign in to continue.');
    cleanup();
    const { c } = setup({ me: viewer() });
    await settle();
    expect(text(c.querySelector('h1'))).toBe('Webhooks');
    expect(text(c.querySelector('[role="alert"]'))).toContain('Only members of an organisation can manage webhooks.');
  });

  it('shows a clear notice when the API refuses the organisation’s webhooks', async () => {
    const { c } = setup({
      query: () => ({ error: { graphQLErrors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] } }) as never,
    });
    await settle();
    expect(text(c.querySelector('h2'))).toBe('Oulu');
    expect(text(c.querySelector('.notice-warn'))).toBe(
      'You are not allowed to manage the webhooks of this organisation.',
    );
    expect(c.querySelector('form')).toBeNull();
  });

  it('creates a hook (https only) and shows its secret once with a warning and a copy button', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { c, stub } = setup({ hooks: [] });
    await settle();
    expect(text(c.querySelector('.empty'))).toBe('No webhooks.');
    type(field(c, 'Address (URL)'), 'http://oulu.example/new');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('.error-summary li'))).toBe('Address (URL): The address must start with https://');
    expect(stub.executeMutation).not.toHaveBeenCalled();
    type(field(c, 'Address (URL)'), 'https://oulu.example/new');
    click(c.querySelector('#hook-OULU-event-project'));
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { organisation: 'OULU', url: 'https://oulu.example/new', events: ['project.*'] },
    });
    const shown = c.querySelector('.notice-warn');
    expect(document.activeElement).toBe(shown);
    expect(text(shown?.querySelector('[data-testid="webhook-secret"]'))).toBe('whsec_abc123');
    expect(text(shown)).toContain('It will not be shown again.');
    click(button(c, 'Copy secret'));
    await settle();
    expect(writeText).toHaveBeenCalledWith('whsec_abc123');
    expect(text(shown?.querySelector('[role="status"]'))).toBe('Copied to the clipboard.');
    click(button(c, 'I have saved the secret'));
    expect(c.querySelector('[data-testid="webhook-secret"]')).toBeNull();
  });

  it('deletes a hook only after confirmation', async () => {
    const { c, stub } = setup();
    await settle();
    expect(text(c.querySelector('.follow-list code'))).toBe('https://oulu.example/hook');
    click(button(c, 'Delete https://oulu.example/hook'));
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button(c, 'Yes, delete'));
    click(button(c, 'Yes, delete'));
    await settle();
    expect(operationName(stub.executeMutation.mock.calls[0][0])).toBe('Webhooks_Delete');
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({ id: 'W1' });
  });

  it('shows the delivery log and redelivers', async () => {
    const { c, stub } = setup();
    await settle();
    const toggle = button(c, 'Show delivery log: https://oulu.example/hook')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const row = c.querySelector('.delivery-table tbody tr')!;
    expect([...row.children].map(text).slice(0, 5)).toEqual([
      'project.update',
      'FailedHTTP 500', // status, then the last error on a line of its own
      expect.stringMatching(/^2Attempts2 Mar 2026, 12:00: 500, 120 ms/),
      '500',
      '2 Mar 2026, 12:00',
    ]);
    // The technical errors are English, whatever the page's language (WCAG 3.1.2).
    expect([...row.querySelectorAll('[lang="en"]')].map(text)).toEqual(['HTTP 500', 'HTTP 500', 'timeout']);
    click(button(c, 'Redeliver: project.update'));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({ delivery: 'D1' });
    expect(text(row.querySelector('[role="status"]'))).toBe('Sent again.');
  });

  it('pages through the delivery log with "show more", keeping the rows already shown', async () => {
    const page = (nodes: unknown[], next: string | null) => ({
      data: {
        webhookDeliveries: {
          totalCount: 3,
          pageInfo: { hasNextPage: next !== null, endCursor: next },
          nodes,
        },
      },
    });
    const { c, stub } = setup({
      query: (r) => {
        if (operationName(r) !== 'Webhooks_Deliveries') return { data: { webhooks: [hook] } };
        return r.variables?.after === 'c2'
          ? page([{ ...delivery, id: 'D3', eventType: 'file.create' }], null)
          : page([delivery, { ...delivery, id: 'D2', eventType: 'release.update' }], 'c2');
      },
    });
    await settle();
    click(button(c, 'Show delivery log: https://oulu.example/hook'));
    await settle();
    expect(text(c.querySelector('.delivery-table caption'))).toBe(
      'Delivery log: https://oulu.example/hook (3 deliveries, newest first)',
    );
    const events = () => [...c.querySelectorAll('.delivery-table tbody th')].map(text);
    expect(events()).toEqual(['project.update', 'release.update']);
    const deliveryPages = () =>
      stub.executeQuery.mock.calls
        .map(([r]) => r)
        .filter((r) => operationName(r) === 'Webhooks_Deliveries')
        .map((r) => r.variables);
    expect(deliveryPages()).toContainEqual({ webhook: 'W1', first: 20, after: null });
    click(button(c, 'Show more deliveries: https://oulu.example/hook'));
    await settle();
    expect(deliveryPages()).toContainEqual({ webhook: 'W1', first: 20, after: 'c2' });
    expect(events()).toEqual(['project.update', 'release.update', 'file.create']);
    expect(button(c, 'Show more deliveries: https://oulu.example/hook')).toBeUndefined();
  });
});
