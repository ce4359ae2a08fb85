import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { button, click, link, operationName, render } from '../../test/render';
import { field, settle, stubFormClient, submit, type } from '../../test/mutations';
import { text } from '../../test/text';
import { memberOf, viewer } from '../account/account.fixtures';
import { AdoptAction } from './AdoptAction';
import DeclareAdoptionPage from './DeclareAdoptionPage';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });
const me = viewer({ memberships: [memberOf('OULU', 'Oulu')] });

function setup(mutation: Parameters<typeof stubFormClient>[1], url = '/fi/deliverables/D1/adopt') {
  const stub = stubFormClient((r) => {
    switch (operationName(r)) {
      case 'Viewer_Query':
        return { data: { me } };
      case 'DeclareAdoption_OrganisationSearch':
        return {
          data: {
            search: {
              nodes: [
                { node: { id: 'OULU' }, title: { text: 'Oulu' } },
                { node: { id: 'TRE' }, title: { text: 'Tampere' } },
              ],
            },
          },
        };
      default:
        return { data: { deliverable: { id: 'D1', title: fi('Kaavatietomallin opas') } } };
    }
  }, mutation);
  const c = render(<DeclareAdoptionPage />, stub.client, { url, path: '/:lang/deliverables/:id/adopt' });
  return { c, stub };
}

const adoption = (
  verification: string,
  countsAsReuse: boolean,
  org = { id: 'TRE', name: fi('Tampere') },
  byProducer = false,
) => ({
  data: {
    declareAdoption: {
      __typename: 'Adoption',
      id: 'A1',
      status: 'IN_PRODUCTION',
      verification,
      countsAsReuse,
      byProducer,
      organisation: org,
      deliverable: { id: 'D1' },
    },
  },
});

const radio = (c: HTMLElement, label: string) => field(c, label) as HTMLInputElement;

describe('DeclareAdoptionPage', () => {
  it('offers my organisations first, finds others by search, and requires an organisation and a status', async () => {
    const { c, stub } = setup(() => undefined);
    await settle();
    expect(text(c.querySelector('h1'))).toBe('Otimme käyttöön');
    expect(radio(c, 'Oulu (oma organisaatiosi)').checked).toBe(true);
    type(field(c, 'Hae muuta organisaatiota'), 'Tampere');
    click(button(c, 'Hae'));
    await settle();
    // Oulu is listed once, as mine.
    expect([...c.querySelectorAll('.checks label')].map(text)).toEqual(['Oulu (oma organisaatiosi)', 'Tampere']);
    click(radio(c, 'Tampere'));
    submit(c.querySelector('form'));
    await settle();
    expect([...c.querySelectorAll('.error-summary a')].map(text)).toEqual(['Käytön tila: Täytä tämä kenttä.']);
    expect(stub.executeMutation).not.toHaveBeenCalled();
  });

  it('after a claim for another organisation, shows the level and explains what a claim is', async () => {
    const { c, stub } = setup(() => adoption('CLAIMED', false));
    await settle();
    type(field(c, 'Hae muuta organisaatiota'), 'Tampere');
    click(button(c, 'Hae'));
    await settle();
    click(radio(c, 'Tampere'));
    type(field(c, 'Käytön tila'), 'IN_PRODUCTION');
    type(field(c, 'Lähteet'), 'https://www.tampere.fi/a\nhttps://www.tampere.fi/b');
    type(field(c, 'Mihin sitä käytetään'), 'Asemakaavoitus');
    submit(c.querySelector('form'));
    await settle();
    const vars = stub.executeMutation.mock.calls[0][0].variables as {
      input: Record<string, unknown>;
      idempotencyKey: string;
    };
    expect(vars.input).toEqual({
      deliverable: 'D1',
      organisation: 'TRE',
      status: 'IN_PRODUCTION',
      mode: null,
      since: null,
      evidenceUrls: ['https://www.tampere.fi/a', 'https://www.tampere.fi/b'],
      instanceUrl: null,
      useCase: { fi: 'Asemakaavoitus' },
    });
    expect(vars.idempotencyKey).toMatch(/^web-/);
    const notice = c.querySelector('.notice');
    expect(document.activeElement).toBe(notice);
    expect(text(notice?.querySelector('.badge-warn'))).toBe('Väite – väite');
    expect(text(notice)).toContain('Et ole tämän organisaation jäsen');
  });

  it('after declaring for my own organisation, says it counts as reuse', async () => {
    const { c } = setup(
      () => adoption('DECLARED_BY_ADOPTER', true, { id: 'OULU', name: fi('Oulu') }),
      '/en/deliverables/D1/adopt',
    );
    await settle();
    type(field(c, 'Status of use'), 'PILOTING');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('.notice .badge'))).toBe('Declared by the adopter');
    expect(text(c.querySelector('.notice'))).toContain(
      'You declared the adoption for your own organisation, so it counts as reuse.',
    );
  });

  it('after declaring for an organisation that produced it, says its own use is not reuse (and no claim)', async () => {
    const { c } = setup(
      () => adoption('DECLARED_BY_ADOPTER', false, { id: 'OULU', name: fi('Oulu') }, true),
      '/fi/deliverables/D1/adopt',
    );
    await settle();
    type(field(c, 'Käytön tila'), 'PILOTING');
    submit(c.querySelector('form'));
    await settle();
    expect(c.querySelector('.notice .badge-warn')).toBeNull();
    expect(text(c.querySelector('.notice .badge'))).toBe('Käyttöönottajan ilmoittama – oma käyttö');
    expect(text(c.querySelector('.notice'))).toContain('eikä sitä lasketa uudelleenkäytöksi');
  });

  it('refuses a start after today for a use in production before asking the API', async () => {
    const { c, stub } = setup(() => adoption('DECLARED_BY_ADOPTER', true), '/en/deliverables/D1/adopt');
    await settle();
    type(field(c, 'Status of use'), 'IN_PRODUCTION');
    type(field(c, 'In use since'), `${new Date().getUTCFullYear() + 2}-01-01`);
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('.error-summary li'))).toBe(
      'In use since: A use that is being piloted, in production or ended has already begun: its start cannot be in the future.',
    );
  });

  it('puts an evidence URL error from the API on the evidence field', async () => {
    const { c } = setup(() => ({
      error: new CombinedError({
        graphQLErrors: [
          new GraphQLError('Bad', {
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'evidenceUrls.1',
              fields: [{ field: 'evidenceUrls.1', message: 'Must be an http(s) URL.' }],
            },
          }),
        ],
      }),
    }));
    await settle();
    type(field(c, 'Käytön tila'), 'PLANNED');
    type(field(c, 'Lähteet'), 'https://a.fi\nhttps://b.fi');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('#f-evidenceUrls-statusText [lang="en"]'))).toBe('Must be an http(s) URL.');
  });

  it('refuses addresses that are not http(s) before asking the API', async () => {
    const { c, stub } = setup(() => undefined);
    await settle();
    type(field(c, 'Käytön tila'), 'PLANNED');
    type(field(c, 'Lähteet'), 'https://a.fi\nftp://b');
    type(c.querySelector('#f-instanceUrl'), 'www.kunta.fi');
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('#f-evidenceUrls-statusText'))).toBe(
      'Anna jokainen osoite kokonaisena omalle rivilleen. Osoitteen on alettava https:// tai http://.',
    );
    expect(text(c.querySelector('#f-instanceUrl-statusText'))).toBe(
      'Anna koko osoite, joka alkaa https:// tai http://.',
    );
  });

  it('is offered on the deliverable page in the page language', () => {
    const c = render(<AdoptAction deliverableId="RDox" />, stubFormClient(() => undefined).client, {
      url: '/sv/deliverables/RDox',
    });
    expect(link(c, 'Vi har tagit i bruk detta')?.getAttribute('href')).toBe('/sv/deliverables/RDox/adopt');
  });
});
