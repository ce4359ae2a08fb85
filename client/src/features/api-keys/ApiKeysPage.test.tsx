import { describe, expect, it } from 'vitest';
import { button, click, operationName, render } from '../../test/render';
import { field, settle, stubFormClient, submit, type } from '../../test/mutations';
import { text } from '../../test/text';
import { memberOf, viewer } from '../account/account.fixtures';
import ApiKeysPage from './ApiKeysPage';

const key = {
  __typename: 'ApiKey',
  id: 'K1',
  name: 'Intranet',
  prefix: 'kg_ab12cd34',
  scopes: ['READ'],
  createdAt: '2026-03-01T10:00:00Z',
  createdByName: 'Liisa Liidi',
  lastUsedAt: null,
  revokedAt: null,
};

function setup(keys = [key], role: 'MEMBER' | 'ADMIN' = 'ADMIN') {
  const stub = stubFormClient(
    (r) =>
      operationName(r) === 'Viewer_Query'
        ? { data: { me: viewer({ memberships: [memberOf('OULU', 'Oulu', role)] }) } }
        : { data: { apiKeys: keys } },
    (r) =>
      operationName(r) === 'ApiKeys_Create'
        ? {
            data: {
              createApiKey: {
                key: 'kg_zz99yy88.secret-part',
                apiKey: { ...key, id: 'K2', name: 'Raportointi', prefix: 'kg_zz99yy88' },
              },
            },
          }
        : { data: { revokeApiKey: { ...key, revokedAt: '2026-03-02T10:00:00Z' } } },
  );
  const c = render(<ApiKeysPage />, stub.client, { url: '/en/account/api-keys' });
  return { c, stub };
}

describe('ApiKeysPage', () => {
  it('lists the keys of my organisations without showing any key', async () => {
    const { c } = setup();
    await settle();
    expect(text(c.querySelector('h2'))).toBe('Oulu');
    expect([...c.querySelectorAll('.key-table tbody tr > *')].map(text).slice(0, 5)).toEqual([
      'Intranet',
      'kg_ab12cd34…',
      'Read',
      '1 Mar 2026, Liisa Liidi',
      'Never',
    ]);
  });

  it('requires a name and a scope, then shows the new key once with a warning and a copy button', async () => {
    const { c, stub } = setup([]);
    await settle();
    expect(text(c.querySelector('.empty'))).toBe('No API keys.');
    click(c.querySelector('#key-OULU-scope-READ'));
    submit(c.querySelector('form'));
    await settle();
    expect([...c.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'))).toEqual([
      '#f-key-OULU-name',
      '#f-key-OULU-scopes',
    ]);
    type(field(c, 'Name'), 'Raportointi');
    click(c.querySelector('#key-OULU-scope-WRITE'));
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { organisation: 'OULU', name: 'Raportointi', scopes: ['WRITE'] },
    });
    const shown = c.querySelector('.notice-warn');
    expect(document.activeElement).toBe(shown);
    expect(text(shown?.querySelector('.secret'))).toBe('kg_zz99yy88.secret-part');
    expect(text(shown)).toContain('It will not be shown again.');
    expect(button(c, 'Copy key')).toBeDefined();
    click(button(c, 'I have saved the key'));
    expect(c.querySelector('.secret')).toBeNull();
  });

  it("offers a plain member READ keys only, saying why (a WRITE key edits what the organisation's ADMINs may)", async () => {
    const { c } = setup([], 'MEMBER');
    await settle();
    const write = c.querySelector<HTMLInputElement>('#key-OULU-scope-WRITE')!;
    expect(write.disabled).toBe(true);
    const hint = c.querySelector(`#${write.getAttribute('aria-describedby')}`);
    expect(text(hint)).toBe(
      "Only the organisation's administrators can create a key with write access, as it can edit whatever they can.",
    );
    expect(c.querySelector<HTMLInputElement>('#key-OULU-scope-READ')!.disabled).toBe(false);
  });

  it('refuses a name longer than the API takes before asking it', async () => {
    const { c, stub } = setup([]);
    await settle();
    expect(field(c, 'Name').maxLength).toBe(200);
    type(field(c, 'Name'), 'k'.repeat(201));
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('.error-summary a'))).toBe('Name: Use at most 200 characters (now 201).');
  });

  it('revokes a key only after confirmation', async () => {
    const { c, stub } = setup();
    await settle();
    click(button(c, 'Revoke Intranet'));
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('[role="group"] p'))).toBe(
      'Revoke the key "Intranet"? It stops working at once and cannot be restored.',
    );
    expect(document.activeElement).toBe(button(c, 'Yes, revoke'));
    click(button(c, 'Yes, revoke'));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toEqual({ id: 'K1' });
    // The button is gone: focus is on the list's heading, not on the page's body.
    expect(document.activeElement).toBe(c.querySelector('h2'));
    expect(text(c.querySelector('.detail-section [role="status"]'))).toBe('The key "Intranet" was revoked.');
  });
});
