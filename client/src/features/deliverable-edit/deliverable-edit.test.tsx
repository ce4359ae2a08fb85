import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUrqlClient } from '../../app/urql';
import { stubApi } from '../../test/fake-api';
import { button, click, link, operationName, render } from '../../test/render';
import { badInput, field, settle, stubFormClient, submit, type } from '../../test/mutations';
import { text } from '../../test/text';
import { leadOf, viewer } from '../account/account.fixtures';
import EditDeliverablePage from './EditDeliverablePage';
import { EditorActions } from './EditorActions';
import NewDeliverablePage from './NewDeliverablePage';
import NewReleasePage from './NewReleasePage';
import { fi, kaatio } from './deliverable-edit.fixtures';

const project = kaatio;
const lead = viewer({ memberships: [leadOf('P1')] });
const deliverable = {
  id: 'D1',
  version: 2,
  kind: 'REPORT',
  title: fi('Loppuraportti'),
  titleTranslations: { fi: 'Loppuraportti', sv: null, en: null },
  shortDescriptionTranslations: { fi: null, sv: null, en: null },
  descriptionTranslations: { fi: null, sv: null, en: null },
  licence: null,
  keywords: ['loppuraportti'],
  languages: ['fi', 'de'],
  platforms: [],
  developmentStatus: null,
  maintenanceType: null,
  maintenanceUntil: null,
  contacts: [{ name: 'Liisa Liidi', role: 'tuoteomistaja', organisation: 'Oulun kaupunki', sourceUrl: null }],
  publiccodeMissing: null,
  landingUrl: null,
  repositoryUrl: null,
  documentationUrl: null,
  publishedAt: null,
  projects: [project],
};

const answer =
  (me = lead) =>
  (r: Parameters<Parameters<typeof stubFormClient>[0]>[0]) => {
    switch (operationName(r)) {
      case 'Viewer_Query':
        return { data: { me } };
      case 'NewDeliverable_Query':
        return { data: { project: { ...project, archivedAt: null } } };
      case 'DeliverableEditorActions_Query':
        return { data: { deliverable: { id: 'D1', projects: [project], releases: [{ id: 'R1', version: '1.0' }] } } };
      default:
        return { data: { deliverable } };
    }
  };

describe('NewDeliverablePage', () => {
  it('requires a kind and a title before asking the API, then creates and opens the deliverable', async () => {
    const stub = stubFormClient(answer(), () => ({
      data: { createDeliverable: { __typename: 'Deliverable', ...deliverable, id: 'RGVsOjk=' } },
    }));
    const c = render(
      <Routes>
        <Route path="/:lang/projects/:slug/deliverables/new" element={<NewDeliverablePage />} />
        <Route path="/:lang/deliverables/:id" element={<h1>Deliverable page</h1>} />
      </Routes>,
      stub.client,
      { url: '/fi/projects/kaatio/deliverables/new', routes: false },
    );
    await settle();
    submit(c.querySelector('form.form'));
    await settle();
    expect([...c.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'))).toEqual([
      '#f-kind',
      '#f-title-fi',
    ]);
    expect(stub.executeMutation).not.toHaveBeenCalled();
    type(field(c, 'Tyyppi'), 'REPORT');
    type(field(c, 'Nimi (ruotsiksi)'), 'Slutrapport');
    submit(c.querySelector('form.form'));
    await settle();
    const vars = stub.executeMutation.mock.calls[0][0].variables as { input: Record<string, unknown> };
    expect(vars.input).toMatchObject({
      project: 'P1',
      kind: 'REPORT',
      title: { fi: null, sv: 'Slutrapport', en: null },
    });
    expect(text(c.querySelector('h1'))).toBe('Deliverable page');
  });

  it('refuses what the API would refuse before asking it: an ftp address, a too long licence', async () => {
    const stub = stubFormClient(answer());
    const c = render(<NewDeliverablePage />, stub.client, {
      url: '/en/projects/kaatio/deliverables/new',
      path: '/:lang/projects/:slug/deliverables/new',
    });
    await settle();
    type(field(c, 'Kind'), 'SOFTWARE');
    type(field(c, 'Title (in Finnish)'), 'Ohjelma');
    type(field(c, 'Source code'), 'ftp://x');
    expect(field(c, 'Licence').maxLength).toBe(100);
    expect(field(c, 'Title (in Finnish)').maxLength).toBe(200);
    submit(c.querySelector('form.form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('#f-repositoryUrl-statusText'))).toBe(
      'Enter the full address, starting with https:// or http://.',
    );
    expect(field(c, 'Source code').getAttribute('aria-invalid')).toBe('true');
    expect(text(c.querySelector('.error-summary a'))).toBe(
      'Source code: Enter the full address, starting with https:// or http://.',
    );
  });

  it('shows URL errors from the API on their fields, marked as English on a Finnish page', async () => {
    const stub = stubFormClient(answer(), () =>
      badInput([{ field: 'repositoryUrl', message: 'Must be an http(s) URL.' }]),
    );
    const c = render(<NewDeliverablePage />, stub.client, {
      url: '/fi/projects/kaatio/deliverables/new',
      path: '/:lang/projects/:slug/deliverables/new',
    });
    await settle();
    type(field(c, 'Tyyppi'), 'SOFTWARE');
    type(field(c, 'Nimi (suomeksi)'), 'Ohjelma');
    type(c.querySelector('#f-repositoryUrl'), 'https://git.example/x');
    submit(c.querySelector('form.form'));
    await settle();
    expect(stub.executeMutation).toHaveBeenCalledTimes(1);
    const status = c.querySelector('#f-repositoryUrl-statusText [lang="en"]');
    expect(text(status)).toBe('Must be an http(s) URL.');
    expect(text(c.querySelector('.error-summary a [lang="en"]'))).toBe('Must be an http(s) URL.');
  });
});

describe('EditDeliverablePage', () => {
  it('saves against the loaded version and explains a conflict', async () => {
    const stub = stubFormClient(answer(), () => ({
      error: new CombinedError({
        graphQLErrors: [new GraphQLError('Stale', { extensions: { code: 'CONFLICT', field: 'expectedVersion' } })],
      }),
    }));
    const c = render(<EditDeliverablePage />, stub.client, {
      url: '/fi/deliverables/D1/edit',
      path: '/:lang/deliverables/:id/edit',
    });
    await settle();
    expect(field(c, 'Nimi (suomeksi)').value).toBe('Loppuraportti');
    expect(field(c, 'Avainsanat').value).toBe('loppuraportti');
    expect(field(c, 'saksa').checked).toBe(true);
    expect(field(c, 'Rooli').value).toBe('tuoteomistaja');
    expect(button(c, 'Poista Liisa Liidi')).toBeDefined();
    expect(field(c, 'Linux').checked).toBe(false);
    click(field(c, 'Linux'));
    click(field(c, 'Verkkoselain'));
    type(field(c, 'Lisenssi'), 'CC-BY-4.0');
    submit(c.querySelector('form.form'));
    await settle();
    // Keywords, languages and contacts come back as they were loaded, a language the form has no name for too.
    expect(stub.executeMutation.mock.calls[0][0].variables).toMatchObject({
      input: {
        id: 'D1',
        expectedVersion: 2,
        licence: 'CC-BY-4.0',
        keywords: ['loppuraportti'],
        languages: ['fi', 'de'],
        platforms: ['LINUX', 'WEB'],
        contacts: [{ name: 'Liisa Liidi', role: 'tuoteomistaja', organisation: 'Oulun kaupunki', sourceUrl: null }],
      },
    });
    expect(text(c.querySelector('.error-summary li'))).toBe('Joku muu tallensi tuotoksen sillä välin.');
  });
});

describe('EditDeliverablePage with the app’s cache', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says the changes were saved, although the save’s new version renews the form', async () => {
    // Through Graphcache, as in the app: the save's answer updates the page's query (a new version).
    let stored = { __typename: 'Deliverable', ...deliverable, licence: null as string | null, contacts: [] };
    const api = stubApi({
      me: () => lead,
      deliverable: () => stored,
      updateDeliverable: ({ input }: { input: { licence: string | null } }) => {
        stored = { ...stored, version: stored.version + 1, licence: input.licence };
        return stored;
      },
    });
    const c = render(<EditDeliverablePage />, createUrqlClient('http://localhost/graphql'), {
      url: '/fi/deliverables/D1/edit',
      path: '/:lang/deliverables/:id/edit',
    });
    await settle();
    await settle();
    type(field(c, 'Lisenssi'), 'CC-BY-4.0');
    submit(c.querySelector('form.form'));
    await settle();
    await settle();
    expect(api.operations).toContain('DeliverableEdit_Update');
    expect(field(c, 'Lisenssi').value).toBe('CC-BY-4.0');
    const notice = c.querySelector('.notice-success');
    expect(text(notice)).toBe('Muutokset tallennettu. Takaisin tuotoksen sivulle');
    expect(notice?.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(notice);

    // The next save goes against the new version; typing again takes the notice away.
    type(field(c, 'Lisenssi'), 'EUPL-1.2');
    expect(c.querySelector('.notice-success')).toBeNull();
    submit(c.querySelector('form.form'));
    await settle();
    await settle();
    const updates = api.fetch.mock.calls
      .map(([, init]) => JSON.parse(String(init.body)) as { operationName: string; variables: { input: object } })
      .filter((b) => b.operationName === 'DeliverableEdit_Update');
    expect(updates.map((b) => b.variables.input)).toMatchObject([
      { expectedVersion: 2, licence: 'CC-BY-4.0' },
      { expectedVersion: 3, licence: 'EUPL-1.2' },
    ]);
    expect(text(c.querySelector('.notice-success'))).toBe('Muutokset tallennettu. Takaisin tuotoksen sivulle');
  });
});

describe('NewReleasePage', () => {
  it('refuses a non-http link before asking, sends the version with its links and shows the API’s error on that link', async () => {
    const stub = stubFormClient(answer(), () =>
      badInput([{ field: 'links.0.url', message: 'Must be an http(s) URL.' }]),
    );
    const c = render(<NewReleasePage />, stub.client, {
      url: '/fi/deliverables/D1/releases/new',
      path: '/:lang/deliverables/:id/releases/new',
    });
    await settle();
    type(field(c, 'Versio'), '1.0');
    type(field(c, 'Osoite'), 'javascript:alert(1)');
    type(field(c, 'Otsikko'), 'Lataussivu');
    submit(c.querySelector('form.form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('#f-links-0-url-statusText'))).toBe(
      'Anna koko osoite, joka alkaa https:// tai http://.',
    );
    type(field(c, 'Osoite'), ' https://example.org/lataa ');
    submit(c.querySelector('form.form'));
    await settle();
    expect(stub.executeMutation.mock.calls[0][0].variables).toMatchObject({
      input: {
        deliverable: 'D1',
        version: '1.0',
        links: [{ url: 'https://example.org/lataa', title: { fi: 'Lataussivu', sv: null, en: null } }],
      },
    });
    expect(text(c.querySelector('#f-links-0-url-statusText'))).toBe('Must be an http(s) URL.');
    expect(c.querySelector('.error-summary a')?.getAttribute('href')).toBe('#f-links-0-url');
  });
});

describe('EditorActions', () => {
  it('offers editing, a new release and each release’s files to the project lead only', async () => {
    const c = render(<EditorActions deliverableId="D1" />, stubFormClient(answer()).client, {
      url: '/fi/deliverables/D1',
    });
    await settle();
    expect(link(c, 'Muokkaa tuotosta')?.getAttribute('href')).toBe('/fi/deliverables/D1/edit');
    expect(link(c, 'Uusi versio')?.getAttribute('href')).toBe('/fi/deliverables/D1/releases/new');
    expect(link(c, 'Version 1.0 tiedostot')?.getAttribute('href')).toBe('/fi/releases/R1/files');
    const other = render(<EditorActions deliverableId="D1" />, stubFormClient(answer(viewer())).client, {
      url: '/fi/deliverables/D1',
    });
    await settle();
    expect(other.querySelector('nav')).toBeNull();
  });
});
