import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { CombinedError, type GraphQLRequest } from 'urql';
import { describe, expect, it } from 'vitest';
import { click, operationName, render } from '../../test/render';
import { field, settle, stubFormClient, submit, type } from '../../test/mutations';
import { text } from '../../test/text';
import { leadOf, viewer } from '../account/account.fixtures';
import { emptyDeliverable } from './DeliverableForm';
import NewDeliverablePage from './NewDeliverablePage';
import { valuesFromDraft } from './publiccode-draft';
import type { DeliverableDraft, PubliccodeDraftResult } from './publiccode.queries';
import { kaatio } from './deliverable-edit.fixtures';

const project = kaatio;
const long =
  'Kaavaeditori on selainpohjainen työkalu, jolla kunnan kaavoittaja laatii asemakaavan tietomallin mukaisena. ' +
  'Se tarkistaa kaavamääräykset ja tallentaa kaavan Ryhti-palveluun.';
const YAML = 'publiccodeYmlVersion: "0.4"\nname: Kaavaeditori\n';

const draft = (overrides: Partial<DeliverableDraft> = {}): DeliverableDraft => ({
  kind: 'SOFTWARE',
  title: { fi: 'Kaavaeditori', sv: null, en: 'Plan editor' },
  shortDescription: { fi: 'Asemakaavojen laatiminen tietomallina', sv: null, en: null },
  description: { fi: long, sv: null, en: null },
  keywords: ['kaavoitus', 'tietomalli'],
  licence: 'EUPL-1.2',
  languages: ['fi', 'sv', 'de'],
  platforms: ['WEB', 'LINUX'],
  developmentStatus: 'STABLE',
  maintenanceType: 'community',
  maintenanceUntil: null,
  contacts: [],
  landingUrl: null,
  repositoryUrl: 'https://github.com/example/kaava',
  documentationUrl: null,
  softwareVersion: '1.2.0',
  releaseDate: '2024-03-01',
  ...overrides,
});

type Answer = Partial<{ data: { publiccodeDraft: PubliccodeDraftResult }; error: CombinedError }>;

/** The new deliverable page of KAATIO for its lead, with `answer` to the publiccodeDraft query. */
function page(answer: Answer, url = '/fi/projects/kaatio/deliverables/new') {
  const stub = stubFormClient(
    (r: GraphQLRequest) => {
      switch (operationName(r)) {
        case 'Viewer_Query':
          return { data: { me: viewer({ memberships: [leadOf('P1')] }) } };
        case 'NewDeliverable_Query':
          return { data: { project } };
        case 'PubliccodeImport_Query':
          return answer;
        default:
          return undefined;
      }
    },
    () => ({ data: { createDeliverable: { __typename: 'Deliverable', id: 'D9' } } }),
  );
  const c = render(
    <Routes>
      <Route path="/:lang/projects/:slug/deliverables/new" element={<NewDeliverablePage />} />
      <Route path="/:lang/deliverables/:id" element={<h1>Deliverable page</h1>} />
    </Routes>,
    stub.client,
    { url, routes: false },
  );
  return { c, stub };
}

/** Opens the panel (a suomi.fi Expander, closed at first). */
function open(c: HTMLElement, title: string) {
  const toggle = [...c.querySelectorAll('.publiccode-import button')].find((b) => b.textContent?.includes(title));
  expect(toggle?.getAttribute('aria-expanded')).toBe('false');
  click(toggle);
  expect(toggle?.getAttribute('aria-expanded')).toBe('true');
}

const panelForm = (c: HTMLElement) => c.querySelector('.publiccode-import form');
const mainForm = (c: HTMLElement) => c.querySelector('form.form');
const ok = (d: DeliverableDraft | null, rest: Partial<PubliccodeDraftResult> = {}): Answer => ({
  data: { publiccodeDraft: { draft: d, errors: [], warnings: [], ...rest } },
});

describe('Fill in from a publiccode.yml', () => {
  it('fills the fields the draft has, keeps the others, and saves only when the form is saved', async () => {
    const warning = {
      line: 12,
      column: 7,
      message: 'Feature "a very long feature" is not a keyword of 1..60 characters: left out.',
      path: 'description.fi.features',
    };
    const contact = { name: 'Kaisa Kaavoittaja', role: null, organisation: 'Oulun kaupunki', sourceUrl: null };
    const { c, stub } = page(ok(draft({ contacts: [contact] }), { warnings: [warning] }));
    await settle();
    type(field(c, 'Nimi (ruotsiksi)'), 'Planeditor');
    type(field(c, 'Esittelysivu'), 'https://example.org/kaava');
    type(field(c, 'Lisenssi'), 'MIT');
    open(c, 'Täytä tiedot publiccode.yml-tiedostosta');
    type(field(c, 'Tiedoston sisältö'), YAML);
    submit(panelForm(c));
    await settle();

    const [, variables, context] = stub.query.mock.calls[0] as unknown as [unknown, object, object];
    expect(variables).toEqual({ yaml: YAML });
    expect(context).toMatchObject({ requestPolicy: 'network-only' });
    expect(field(c, 'Tyyppi').value).toBe('SOFTWARE');
    expect(field(c, 'Nimi (suomeksi)').value).toBe('Kaavaeditori');
    expect(field(c, 'Nimi (ruotsiksi)').value).toBe('Planeditor');
    expect(field(c, 'Nimi (englanniksi)').value).toBe('Plan editor');
    expect(field(c, 'Kuvaus (suomeksi)').value).toBe(long);
    expect(field(c, 'Lisenssi').value).toBe('EUPL-1.2');
    expect(field(c, 'Avainsanat').value).toBe('kaavoitus\ntietomalli');
    expect(['suomi', 'ruotsi', 'englanti', 'saksa'].map((l) => field(c, l).checked)).toEqual([true, true, false, true]);
    expect(field(c, 'Kehitysvaihe').value).toBe('STABLE');
    expect(field(c, 'Ylläpitomalli').value).toBe('community');
    expect(field(c, 'Lähdekoodi').value).toBe('https://github.com/example/kaava');
    expect(field(c, 'Esittelysivu').value).toBe('https://example.org/kaava');
    const person = c.querySelector<HTMLElement>('fieldset.contacts fieldset')!;
    expect(text(person.querySelector('legend'))).toBe('Yhteyshenkilö 1');
    expect(field(person, 'Nimi').value).toBe('Kaisa Kaavoittaja');
    expect(field(person, 'Organisaatio').value).toBe('Oulun kaupunki');
    expect(field(person, 'Rooli').value).toBe('');

    const status = c.querySelector('.publiccode-import [role="status"]');
    expect(text(status)).toContain(
      'Lomake täytettiin tiedoston tiedoilla. Tarkista ne ennen tallentamista – mitään ei ole vielä tallennettu.',
    );
    expect(text(status)).toContain('Tiedostossa on versio 1.2.0 (1.3.2024).');
    expect(text(status?.querySelector('li'))).toBe(
      'Rivi 12, sarake 7: Feature "a very long feature" is not a keyword of 1..60 characters: left out. (description.fi.features)',
    );
    expect(stub.executeMutation).not.toHaveBeenCalled();

    submit(mainForm(c));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toMatchObject({
      input: {
        project: 'P1',
        kind: 'SOFTWARE',
        title: { fi: 'Kaavaeditori', sv: 'Planeditor', en: 'Plan editor' },
        description: { fi: long, sv: null, en: null },
        licence: 'EUPL-1.2',
        keywords: ['kaavoitus', 'tietomalli'],
        languages: ['fi', 'sv', 'de'],
        platforms: ['WEB', 'LINUX'],
        developmentStatus: 'STABLE',
        maintenanceType: 'community',
        maintenanceUntil: null,
        repositoryUrl: 'https://github.com/example/kaava',
        landingUrl: 'https://example.org/kaava',
        contacts: [contact],
      },
    });
    expect(text(c.querySelector('h1'))).toBe('Deliverable page');
  });

  it('lists the file’s errors with line and column, focused, and leaves the form as it was', async () => {
    const errors = [
      { line: 3, column: 3, message: 'Invalid YAML: Nested mappings are not allowed in compact mappings', path: '' },
      { line: 7, column: 1, message: '"legal.license" is required.', path: 'legal' },
      { line: null, column: null, message: '"platforms" is required.', path: '' },
    ];
    const { c } = page(ok(null, { errors }), '/sv/projects/kaatio/deliverables/new');
    await settle();
    type(field(c, 'Namn (på finska)'), 'Oma nimi');
    open(c, 'Fyll i uppgifterna från en publiccode.yml-fil');
    const pasted = 'name: x\nurl: y\n  bad: indent\nfour\nfive\nsix\nlegal: {}\n';
    type(field(c, 'Filens innehåll'), pasted);
    submit(panelForm(c));
    await settle();

    const summary = c.querySelector('.publiccode-import [role="alert"]');
    expect(document.activeElement).toBe(summary);
    expect(text(summary?.querySelector('h3'))).toBe('Filen kunde inte läsas');
    expect([...(summary?.querySelectorAll('li') ?? [])].map((li) => text(li))).toEqual([
      'Rad 3, kolumn 3: Invalid YAML: Nested mappings are not allowed in compact mappings',
      'Rad 7, kolumn 1: "legal.license" is required. (legal)',
      '"platforms" is required.',
    ]);
    expect(summary?.querySelector('li span')?.getAttribute('lang')).toBe('en');
    expect(field(c, 'Namn (på finska)').value).toBe('Oma nimi');
    expect(field(c, 'Typ').value).toBe('');
    expect(text(c.querySelector('.publiccode-import [role="status"]'))).toBe('');

    // The place links to that spot in the pasted text.
    click(summary?.querySelector('li a'));
    const textarea = field(c, 'Filens innehåll') as unknown as HTMLTextAreaElement;
    expect(document.activeElement).toBe(textarea);
    expect(pasted.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('bad: indent');
  });

  it('shows the API’s BAD_USER_INPUT on the address field, in a summary that names the field', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('"url": the address resolves to a private network.', {
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'url' },
        }),
      ],
    });
    const { c, stub } = page({ error }, '/en/projects/kaatio/deliverables/new');
    await settle();
    open(c, 'Fill in from a publiccode.yml');
    type(field(c, 'Address of the file'), ' https://intranet.example/publiccode.yml ');
    submit(panelForm(c));
    await settle();

    expect(stub.query.mock.calls[0][1]).toEqual({ url: 'https://intranet.example/publiccode.yml' });
    const summary = c.querySelector('.publiccode-import [role="alert"]');
    expect(document.activeElement).toBe(summary);
    expect(text(summary?.querySelector('li'))).toBe(
      'Address of the file: "url": the address resolves to a private network.',
    );
    expect(summary?.querySelector('li a')?.getAttribute('href')).toBe('#f-publiccodeUrl');
    expect(text(c.querySelector('#f-publiccodeUrl-statusText'))).toBe(
      '"url": the address resolves to a private network.',
    );
    expect(field(c, 'Kind').value).toBe('');
  });

  it('asks for exactly one of the file and an https address before asking the API', async () => {
    const { c, stub } = page(ok(draft()));
    await settle();
    open(c, 'Täytä tiedot publiccode.yml-tiedostosta');
    const problem = () => text(c.querySelector('.publiccode-import [role="alert"] li'));
    submit(panelForm(c));
    await settle();
    expect(problem()).toBe('Tiedoston sisältö: Liitä tiedoston sisältö tai anna sen osoite.');
    type(field(c, 'Tiedoston osoite'), 'http://example.org/publiccode.yml');
    submit(panelForm(c));
    await settle();
    expect(problem()).toBe('Tiedoston osoite: Anna koko osoite, joka alkaa https://.');
    type(field(c, 'Tiedoston sisältö'), YAML);
    submit(panelForm(c));
    await settle();
    expect(problem()).toBe('Tiedoston osoite: Anna joko tiedoston sisältö tai sen osoite, ei molempia.');
    expect(stub.query).not.toHaveBeenCalled();
  });
});

describe('valuesFromDraft', () => {
  it('replaces the contact rows with the file’s contacts, and keeps them when the file has none', () => {
    const typed = { key: 4, name: 'Liisa Liidi', role: 'tuoteomistaja', organisation: '', sourceUrl: '' };
    const current = { ...emptyDeliverable(), contacts: [typed] };
    expect(valuesFromDraft(current, draft({ contacts: [] })).contacts).toEqual([typed]);
    const contact = { name: 'Kaisa Kaavoittaja', role: null, organisation: 'Oulun kaupunki', sourceUrl: null };
    expect(valuesFromDraft(current, draft({ contacts: [contact] })).contacts).toEqual([
      { key: 0, name: 'Kaisa Kaavoittaja', role: '', organisation: 'Oulun kaupunki', sourceUrl: '' },
    ]);
  });

  it('leaves out values this client does not know instead of choosing them in a select', () => {
    const current = { ...emptyDeliverable(), developmentStatus: 'BETA', maintenanceType: 'internal' };
    const next = valuesFromDraft(
      current,
      draft({
        developmentStatus: 'RETIRED' as never,
        maintenanceType: 'volunteers',
        keywords: [],
        languages: [],
        platforms: ['AMIGA' as never],
      }),
    );
    expect(next.developmentStatus).toBe('BETA');
    expect(next.maintenanceType).toBe('internal');
    expect(next.keywords).toBe('');
    expect(next.languages).toEqual([]);
    expect(next.platforms).toEqual([]);
  });
});
