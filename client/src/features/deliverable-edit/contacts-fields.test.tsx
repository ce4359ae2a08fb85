import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { badInput, field, settle, stubFormClient, submit, type } from '../../test/mutations';
import { button, click, operationName, render } from '../../test/render';
import { text } from '../../test/text';
import { leadOf, viewer } from '../account/account.fixtures';
import NewDeliverablePage from './NewDeliverablePage';
import { kaatio } from './deliverable-edit.fixtures';

const project = kaatio;

/** The new deliverable page of KAATIO for its lead; `respond` answers the create mutation. */
function page(lang: 'fi' | 'sv' | 'en', respond: Parameters<typeof stubFormClient>[1] = () => undefined) {
  const stub = stubFormClient((r) => {
    switch (operationName(r)) {
      case 'Viewer_Query':
        return { data: { me: viewer({ memberships: [leadOf('P1')] }) } };
      case 'NewDeliverable_Query':
        return { data: { project } };
      default:
        return undefined;
    }
  }, respond);
  const c = render(
    <Routes>
      <Route path="/:lang/projects/:slug/deliverables/new" element={<NewDeliverablePage />} />
      <Route path="/:lang/deliverables/:id" element={<h1>Deliverable page</h1>} />
    </Routes>,
    stub.client,
    { url: `/${lang}/projects/kaatio/deliverables/new`, routes: false },
  );
  return { c, stub };
}

const contacts = (c: HTMLElement) => c.querySelector<HTMLFieldSetElement>('fieldset.contacts')!;
/** The row whose legend is `legend` (e.g. "Yhteyshenkilö 2"). */
const row = (c: HTMLElement, legend: string) =>
  [...contacts(c).querySelectorAll<HTMLFieldSetElement>('fieldset')].find(
    (f) => text(f.querySelector('legend')) === legend,
  )!;
const buttons = (c: HTMLElement) => [...contacts(c).querySelectorAll('button')].map((b) => text(b));
const mainForm = (c: HTMLElement) => c.querySelector('form.form');

describe('Contact people on the deliverable form', () => {
  it('adds rows with focus on the new name, names each remove button by its person, and sends the filled rows', async () => {
    const { c, stub } = page('fi', () => ({ data: { createDeliverable: { __typename: 'Deliverable', id: 'D9' } } }));
    await settle();
    expect(text(contacts(c).querySelector('legend'))).toBe('Yhteyshenkilöt');
    expect(text(contacts(c).querySelector('.field-hint'))).toContain('Älä anna sähköpostiosoitetta tai puhelinnumeroa');
    expect(buttons(c)).toEqual(['Lisää yhteyshenkilö']);

    click(button(c, 'Lisää yhteyshenkilö'));
    await settle();
    expect(document.activeElement).toBe(field(row(c, 'Yhteyshenkilö 1'), 'Nimi'));
    type(field(row(c, 'Yhteyshenkilö 1'), 'Nimi'), 'Liisa Liidi');
    type(field(row(c, 'Yhteyshenkilö 1'), 'Rooli'), ' tuoteomistaja ');
    type(field(row(c, 'Yhteyshenkilö 1'), 'Organisaatio'), 'Oulun kaupunki');
    type(field(row(c, 'Yhteyshenkilö 1'), 'Julkinen yhteystietosivu'), 'https://www.ouka.fi/yhteystiedot');
    click(button(c, 'Lisää yhteyshenkilö'));
    await settle();
    type(field(row(c, 'Yhteyshenkilö 2'), 'Nimi'), 'Matti Meikäläinen');
    click(button(c, 'Lisää yhteyshenkilö'));
    await settle();
    expect(buttons(c)).toEqual([
      'Poista Liisa Liidi',
      'Poista Matti Meikäläinen',
      'Poista yhteyshenkilö 3',
      'Lisää yhteyshenkilö',
    ]);
    // Two people of the same name: the buttons go by number so that each name still tells them apart.
    type(field(row(c, 'Yhteyshenkilö 2'), 'Nimi'), 'liisa liidi');
    expect(buttons(c).slice(0, 2)).toEqual(['Poista yhteyshenkilö 1', 'Poista yhteyshenkilö 2']);
    type(field(row(c, 'Yhteyshenkilö 2'), 'Nimi'), 'Matti Meikäläinen');

    click(button(c, 'Poista Matti Meikäläinen'));
    await settle();
    expect(document.activeElement).toBe(button(c, 'Lisää yhteyshenkilö'));
    expect(buttons(c)).toEqual(['Poista Liisa Liidi', 'Poista yhteyshenkilö 2', 'Lisää yhteyshenkilö']);

    type(field(c, 'Tyyppi'), 'SOFTWARE');
    type(field(c, 'Nimi (suomeksi)'), 'Kaavaeditori');
    submit(mainForm(c));
    await settle();
    // The row left empty is not sent; the others are trimmed, empty parts as null.
    expect(stub.executeMutation.mock.calls[0][0].variables).toMatchObject({
      input: {
        contacts: [
          {
            name: 'Liisa Liidi',
            role: 'tuoteomistaja',
            organisation: 'Oulun kaupunki',
            sourceUrl: 'https://www.ouka.fi/yhteystiedot',
          },
        ],
      },
    });
  });

  it('stops at ten people with a note instead of the add button', async () => {
    const { c } = page('en');
    await settle();
    for (let i = 0; i < 10; i++) click(button(c, 'Add a contact person'));
    await settle();
    expect(contacts(c).querySelectorAll('fieldset')).toHaveLength(10);
    expect(button(c, 'Add a contact person')).toBeUndefined();
    expect(text(c.querySelector('#f-contacts-full'))).toBe(
      'There can be at most 10 contact people. Remove one to add another.',
    );
    expect(contacts(c).getAttribute('aria-describedby')).toContain('f-contacts-full');
    click(button(c, 'Remove contact person 10'));
    await settle();
    expect(document.activeElement).toBe(button(c, 'Add a contact person'));
  });

  it('refuses a row without a name, a long name and a page that is not http(s) before asking the API', async () => {
    const { c, stub } = page('sv');
    await settle();
    type(field(c, 'Typ'), 'SOFTWARE');
    type(field(c, 'Namn (på finska)'), 'Kaavaeditori');
    click(button(c, 'Lägg till en kontaktperson'));
    click(button(c, 'Lägg till en kontaktperson'));
    await settle();
    type(field(row(c, 'Kontaktperson 1'), 'Roll'), 'produktägare');
    type(field(row(c, 'Kontaktperson 1'), 'Offentlig kontaktsida'), 'mailto:liisa@oulu.example');
    type(field(row(c, 'Kontaktperson 2'), 'Namn'), 'x'.repeat(121));
    submit(mainForm(c));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('#f-contacts-0-name-statusText'))).toBe('Fyll i det här fältet.');
    expect(text(c.querySelector('#f-contacts-0-sourceUrl-statusText'))).toBe(
      'Ange hela adressen som börjar med https:// eller http://.',
    );
    expect(text(c.querySelector('#f-contacts-1-name-statusText'))).toBe('Högst 120 tecken.');
    expect([...c.querySelectorAll('.error-summary li')].map((li) => text(li))).toEqual([
      'Namn på kontaktperson 1: Fyll i det här fältet.',
      'Offentlig kontaktsida för kontaktperson 1: Ange hela adressen som börjar med https:// eller http://.',
      'Namn på kontaktperson 2: Högst 120 tecken.',
    ]);
  });

  it('shows the API’s error on the name of the row it names, counting only the rows sent', async () => {
    const { c } = page('fi', () =>
      badInput([
        { field: 'input.contacts.0.name', message: '"name" must be 1 to 120 characters of text.' },
        { field: 'contacts', message: '"contacts" may hold at most 10 people.' },
      ]),
    );
    await settle();
    type(field(c, 'Tyyppi'), 'SOFTWARE');
    type(field(c, 'Nimi (suomeksi)'), 'Kaavaeditori');
    click(button(c, 'Lisää yhteyshenkilö'));
    click(button(c, 'Lisää yhteyshenkilö'));
    await settle();
    // The first row stays empty and is not sent: the API's contacts.0 is the second row.
    type(field(row(c, 'Yhteyshenkilö 2'), 'Nimi'), 'Liisa\u202eLiidi');
    submit(mainForm(c));
    await settle();

    const name = field(row(c, 'Yhteyshenkilö 2'), 'Nimi');
    expect(name.id).toBe('f-contacts-0-name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(text(row(c, 'Yhteyshenkilö 2').querySelector('#f-contacts-0-name-statusText'))).toBe(
      '"name" must be 1 to 120 characters of text.',
    );
    expect(text(contacts(c).querySelector('#f-contacts-error'))).toBe('"contacts" may hold at most 10 people.');
    const links = [...c.querySelectorAll('.error-summary a')];
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#f-contacts-0-name', 'Yhteyshenkilön 2 nimi: "name" must be 1 to 120 characters of text.'],
      ['#f-contacts', 'Yhteyshenkilöt: "contacts" may hold at most 10 people.'],
    ]);
    click(links[1]);
    expect(document.activeElement).toBe(contacts(c));
  });
});
