import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { button, click, link, operationName, render } from '../../test/render';
import { field, settle, stubFormClient, submit, type, type Respond } from '../../test/mutations';
import { text } from '../../test/text';
import { leadOf, memberOf, viewer } from '../account/account.fixtures';
import type { Viewer } from '../account/viewer';
import ProjectEditPage from './ProjectEditPage';
import type { ProjectEditData } from './ProjectEdit.query';

function stored(overrides: Partial<ProjectEditData> = {}): ProjectEditData {
  return {
    id: 'P1',
    slug: 'kaatio',
    version: 3,
    archivedAt: null,
    nameTranslations: { fi: 'KAATIO – Kaavan tuottaminen', sv: 'Utarbetande av plan', en: null },
    summaryTranslations: { fi: 'Tiivistelmä', sv: null, en: null },
    descriptionTranslations: { fi: null, sv: null, en: null },
    themes: ['LAND_USE_PLANNING', 'PLAN_DATA_MODEL'],
    status: 'FUNDED',
    plannedStart: '2021-09-01',
    plannedEnd: '2023-10-31',
    actualStart: null,
    actualEnd: null,
    website: null,
    ...overrides,
  };
}

const page = (p = stored()) => ({
  project: {
    ...p,
    name: { text: p.nameTranslations.fi!, lang: 'fi' as const, isFallback: false },
    participants: { nodes: [{ id: 'PA1', organisation: { id: 'OULU' } }] },
  },
});

const gqlError = (extensions: Record<string, unknown>, message = 'Bad') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

function setup({
  me = viewer({ memberships: [leadOf('P1')] }),
  project = () => page(),
  mutation = () => undefined,
}: {
  me?: Viewer | null;
  project?: () => unknown;
  mutation?: Respond;
} = {}) {
  const stub = stubFormClient(
    (r) => (operationName(r) === 'Viewer_Query' ? { data: { me } } : { data: project() as never }),
    mutation,
  );
  const c = render(<ProjectEditPage />, stub.client, {
    url: '/fi/projects/kaatio/edit',
    path: '/:lang/projects/:slug/edit',
  });
  return { c, stub };
}

describe('ProjectEditPage', () => {
  it('shows a skeleton while loading', () => {
    const stub = stubFormClient(() => undefined);
    const c = render(<ProjectEditPage />, stub.client, {
      url: '/fi/projects/kaatio/edit',
      path: '/:lang/projects/:slug/edit',
    });
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
  });

  it('asks anonymous visitors to sign in, and tells others they may not edit', async () => {
    const anon = setup({ me: null });
    await settle();
    expect(link(anon.c, 'Kirjaudu sisään')?.getAttribute('href')).toBe(
      '/fi/sign-in?returnTo=%2Ffi%2Fprojects%2Fkaatio%2Fedit',
    );
    const other = setup({ me: viewer({ memberships: [memberOf('OULU', 'Oulu')] }) });
    await settle();
    expect(text(other.c.querySelector('[role="alert"]'))).toBe(
      'Vain hankkeen vastuuhenkilöt ja muokkaajat voivat muokata tätä.',
    );
    // An ADMIN of a participating organisation may edit.
    const admin = setup({ me: viewer({ memberships: [memberOf('OULU', 'Oulu', 'ADMIN')] }) });
    await settle();
    expect(admin.c.querySelector('form')).not.toBeNull();
  });

  it('fills the form with the stored values in fieldsets per language', async () => {
    const { c } = setup();
    await settle();
    expect([...c.querySelectorAll('legend')].map(text).slice(0, 3)).toEqual(['Suomeksi', 'Ruotsiksi', 'Englanniksi']);
    expect(field(c, 'Nimi (ruotsiksi)').value).toBe('Utarbetande av plan');
    expect(field(c, 'Nimi (ruotsiksi)').getAttribute('lang')).toBe('sv');
    expect(field(c, 'Suunniteltu loppu').value).toBe('2023-10-31');
    expect((c.querySelector('#f-themes-PLAN_DATA_MODEL') as HTMLInputElement).checked).toBe(true);
  });

  it('sends only the changed fields with the version and a fresh idempotency key, then says it saved', async () => {
    const { c, stub } = setup({
      mutation: () => ({
        data: { updateProject: { __typename: 'Project', ...stored({ version: 4, website: 'https://kaatio.fi' }) } },
      }),
    });
    await settle();
    type(field(c, 'Verkkosivu'), 'https://kaatio.fi');
    submit(c.querySelector('form'));
    await settle();
    const vars = stub.executeMutation.mock.calls[0][0].variables as { input: unknown; idempotencyKey: string };
    expect(vars.input).toEqual({ id: 'P1', expectedVersion: 3, website: 'https://kaatio.fi' });
    expect(vars.idempotencyKey).toMatch(/^web-[0-9a-f]{32}$/);
    expect(text(c.querySelector('.notice-success'))).toBe('Muutokset tallennettu. Takaisin hankkeen sivulle');
    // The next save starts from the stored version and gets a new key.
    type(field(c, 'Verkkosivu'), 'https://kaatio.fi/uusi');
    submit(c.querySelector('form'));
    await settle();
    const next = stub.executeMutation.mock.calls[1][0].variables as {
      input: { expectedVersion: number };
      idempotencyKey: string;
    };
    expect(next.input.expectedVersion).toBe(4);
    expect(next.idempotencyKey).not.toBe(vars.idempotencyKey);
  });

  it('puts each field error from the API next to its field and links to it from the summary', async () => {
    const { c } = setup({
      mutation: () => ({
        error: gqlError({
          code: 'BAD_USER_INPUT',
          field: 'name.fi',
          fields: [
            { field: 'name.fi', message: 'At most 500 characters.' },
            { field: 'website', message: 'Must be an http(s) URL.' },
          ],
        }),
      }),
    });
    await settle();
    type(field(c, 'Nimi (suomeksi)'), 'Uusi nimi');
    type(field(c, 'Verkkosivu'), 'https://kaatio.fi/uusi');
    submit(c.querySelector('form'));
    await settle();
    const summary = c.querySelector('.error-summary');
    expect(document.activeElement).toBe(summary);
    expect([...summary!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#f-name-fi', 'Nimi (suomeksi): At most 500 characters.'],
      ['#f-website', 'Verkkosivu: Must be an http(s) URL.'],
    ]);
    // The API speaks English: so do screen readers reading its messages on a Finnish page.
    expect(summary!.querySelectorAll('a [lang="en"]')).toHaveLength(2);
    expect(field(c, 'Verkkosivu').getAttribute('aria-describedby')).toBe('f-website-statusText f-website-hintText');
    expect(text(c.querySelector('#f-name-fi-statusText [lang="en"]'))).toBe('At most 500 characters.');
  });

  it('refuses a too long name, a non-http address and an end before the start before asking the API', async () => {
    const { c, stub } = setup({});
    await settle();
    expect(field(c, 'Nimi (suomeksi)').maxLength).toBe(200);
    type(field(c, 'Nimi (suomeksi)'), 'x'.repeat(201));
    type(field(c, 'Verkkosivu'), 'javascript:alert(1)');
    type(field(c, 'Suunniteltu alku'), '2024-05-01');
    type(field(c, 'Suunniteltu loppu'), '2024-04-30');
    submit(c.querySelector('form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    const summary = c.querySelector('.error-summary');
    expect(document.activeElement).toBe(summary);
    expect([...summary!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#f-name-fi', 'Nimi (suomeksi): Kirjoita enintään 200 merkkiä (nyt 201).'],
      ['#f-plannedEnd', 'Suunniteltu loppu: Päättymispäivä ei voi olla ennen alkamispäivää.'],
      ['#f-website', 'Verkkosivu: Anna koko osoite, joka alkaa https:// tai http://.'],
    ]);
    expect(field(c, 'Suunniteltu loppu').getAttribute('aria-invalid')).toBe('true');
    expect(field(c, 'Suunniteltu loppu').getAttribute('aria-describedby')).toBe('f-plannedEnd-error');
  });

  it('counts the characters of a long text and announces what is left once typing pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { c } = setup({});
      await settle();
      const summary = field(c, 'Tiivistelmä (suomeksi)');
      const count = c.querySelector(`#${summary.getAttribute('aria-describedby')!.split(' ').pop()}`);
      type(summary, 'x'.repeat(12));
      expect(text(count?.querySelector('[aria-hidden]'))).toBe('12 / 20 000'.replace(' 000', '\u00a0000'));
      const live = count?.nextElementSibling;
      expect(live?.getAttribute('aria-live')).toBe('polite');
      expect(text(live)).toBe('');
      await act(async () => {
        vi.advanceTimersByTime(1000);
      });
      expect(text(live)).toBe('19\u00a0988 merkkiä jäljellä.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows FORBIDDEN from the API as a sentence', async () => {
    const { c } = setup({ mutation: () => ({ error: gqlError({ code: 'FORBIDDEN' }, 'Only editors') }) });
    await settle();
    type(field(c, 'Verkkosivu'), 'https://kaatio.fi');
    submit(c.querySelector('form'));
    await settle();
    expect(text(c.querySelector('.error-summary li'))).toBe('Sinulla ei ole oikeutta tähän.');
  });

  it('on CONFLICT shows my values beside the stored ones, and reapplies mine on the new version', async () => {
    let projectAnswer = page();
    let calls = 0;
    const { c, stub } = setup({
      project: () => projectAnswer,
      mutation: () =>
        calls++ === 0
          ? { error: gqlError({ code: 'CONFLICT', field: 'expectedVersion' }, 'Stale') }
          : {
              data: {
                updateProject: {
                  __typename: 'Project',
                  ...stored({ version: 5, website: 'https://kaatio.fi', status: 'ONGOING' }),
                },
              },
            },
    });
    await settle();
    // Meanwhile someone set the status and an English name.
    projectAnswer = page(
      stored({ version: 4, status: 'ONGOING', nameTranslations: { fi: 'KAATIO', sv: null, en: 'KAATIO in English' } }),
    );
    type(field(c, 'Verkkosivu'), 'https://kaatio.fi');
    type(field(c, 'Nimi (englanniksi)'), 'My English name');
    submit(c.querySelector('form'));
    await settle();
    const panel = c.querySelector('.conflict');
    expect(document.activeElement).toBe(panel);
    expect(text(panel?.querySelector('h2'))).toBe('Joku muu tallensi hankkeen sillä välin');
    const rows = [...panel!.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text));
    expect(rows).toEqual([
      [
        'Nimi',
        'fi: KAATIO – Kaavan tuottaminensv: Utarbetande av planen: My English name',
        'fi: KAATIOsv: –en: KAATIO in English',
      ],
      ['Verkkosivu', 'https://kaatio.fi', '–'],
    ]);
    click(button(c, 'Tallenna omat muutokseni uusimman version päälle'));
    await settle();
    const vars = stub.executeMutation.mock.calls[1][0].variables as { input: Record<string, unknown> };
    // Only my fields, on version 4: the other user's status change stays.
    expect(vars.input).toEqual({
      id: 'P1',
      expectedVersion: 4,
      name: { fi: 'KAATIO – Kaavan tuottaminen', sv: 'Utarbetande av plan', en: 'My English name' },
      website: 'https://kaatio.fi',
    });
    expect(text(c.querySelector('.notice-success'))).toContain('Muutokset tallennettu.');
  });

  it('on CONFLICT can discard my changes and load the stored version', async () => {
    let projectAnswer = page();
    const { c } = setup({
      project: () => projectAnswer,
      mutation: () => ({ error: gqlError({ code: 'CONFLICT', field: 'expectedVersion' }, 'Stale') }),
    });
    await settle();
    projectAnswer = page(stored({ version: 4, website: 'https://toinen.fi' }));
    type(field(c, 'Verkkosivu'), 'https://kaatio.fi');
    submit(c.querySelector('form'));
    await settle();
    click(button(c, 'Hylkää muutokseni ja lataa uusin versio'));
    await settle();
    expect(c.querySelector('.conflict')).toBeNull();
    expect(field(c, 'Verkkosivu').value).toBe('https://toinen.fi');
    // The button pressed is gone: focus goes on from the form's first field, not the page's body.
    expect(document.activeElement).toBe(field(c, 'Nimi (suomeksi)'));
  });
});
