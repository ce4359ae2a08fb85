import { GraphQLError } from 'graphql';
import { act } from 'react';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { operationName, render } from '../../test/render';
import { settle, stubFormClient } from '../../test/mutations';
import { text } from '../../test/text';
import { memberOf, viewer } from '../account/account.fixtures';
import type { Viewer } from '../account/viewer';
import { Adoptions } from '../deliverable/Adoptions';
import type { AdoptionItem } from '../deliverable/DeliverablePage.query';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });

/** A claim about Oulu (harvested), with evidence: what members confirm and curators verify. */
const claim: AdoptionItem = {
  id: 'A1',
  version: 4,
  status: 'IN_PRODUCTION',
  mode: null,
  verification: 'HARVESTED',
  countsAsReuse: false,
  byProducer: false,
  lastConfirmedAt: null,
  since: null,
  until: null,
  instanceUrl: null,
  evidenceUrls: ['https://oulu.example/kaava'],
  useCase: null,
  organisation: { id: 'O1', municipalityCode: '564', name: fi('Oulu') },
  viaProject: null,
};

function setup(me: Viewer | null, respondMutation: Parameters<typeof stubFormClient>[1] = () => undefined) {
  const stub = stubFormClient(
    (r) => (operationName(r) === 'Viewer_Query' ? { data: { me } } : undefined),
    respondMutation,
  );
  const c = render(<Adoptions adoptions={[claim]} />, stub.client, { url: '/fi/deliverables/D1' });
  const button = (name: string) =>
    [...c.querySelectorAll('button')].find((b) => text(b) === name) as HTMLButtonElement | undefined;
  return { c, stub, button };
}

describe('AdoptionActions', () => {
  it('offers nothing to anonymous visitors nor to members of other organisations', async () => {
    const anon = setup(null);
    await settle();
    expect(anon.c.querySelector('.adoption-actions')).toBeNull();
    const other = setup(viewer({ memberships: [memberOf('O9', 'Espoo')] }));
    await settle();
    expect(other.c.querySelector('.adoption-actions')).toBeNull();
  });

  it('lets a member of the adopter confirm, with the version it read, and announces it', async () => {
    const { c, stub, button } = setup(viewer({ memberships: [memberOf('O1', 'Oulu')] }), () => ({
      data: {
        confirmAdoption: {
          __typename: 'Adoption',
          id: 'A1',
          version: 5,
          verification: 'DECLARED_BY_ADOPTER',
          countsAsReuse: true,
          lastConfirmedAt: '2026-11-28T00:00:00Z',
        },
      },
    }));
    await settle();
    expect(button('Merkitse tarkistetuksi')).toBeUndefined();
    act(() => button('Vahvista käyttöönottomme')!.click());
    await settle();
    const [request] = stub.executeMutation.mock.calls[0];
    expect(operationName(request)).toBe('AdoptionActions_Confirm');
    expect(request.variables).toMatchObject({ input: { id: 'A1', expectedVersion: 4 } });
    expect((request.variables as { idempotencyKey: string }).idempotencyKey).toMatch(/^web-/);
    expect(text(c.querySelector('p[role="status"]'))).toBe('Käyttöönotto vahvistettu.');
  });

  it('lets a curator verify a claim with evidence, and shows a refusal', async () => {
    const { c, stub, button } = setup(viewer({ isAdmin: true }), () => ({
      error: new CombinedError({
        graphQLErrors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })],
      }),
    }));
    await settle();
    expect(button('Vahvista käyttöönottomme')).toBeUndefined();
    act(() => button('Merkitse tarkistetuksi')!.click());
    await settle();
    expect(operationName(stub.executeMutation.mock.calls[0][0])).toBe('AdoptionActions_Verify');
    expect(text(c.querySelector('.adoption-actions [role="alert"]'))).toBe(
      'Vain ylläpitäjät voivat merkitä käyttöönoton tarkistetuksi.',
    );
    expect(text(c.querySelector('p[role="status"]'))).toBe('');
  });

  it('says so when someone else changed the adoption meanwhile (CONFLICT)', async () => {
    const { c, button } = setup(viewer({ memberships: [memberOf('O1', 'Oulu', 'ADMIN')] }), () => ({
      error: new CombinedError({
        graphQLErrors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', field: 'expectedVersion' } })],
      }),
    }));
    await settle();
    act(() => button('Vahvista käyttöönottomme')!.click());
    await settle();
    expect(text(c.querySelector('.adoption-actions [role="alert"]'))).toBe(
      'Joku muutti tätä käyttöönottoa samaan aikaan. Lataa sivu uudelleen ja yritä uudelleen.',
    );
  });
});
