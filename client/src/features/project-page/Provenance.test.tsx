import { describe, expect, it } from 'vitest';
import { render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import type { SourceRef } from './ProjectPage.query';
import { Provenance } from './Provenance';

const source = (field: string | null): SourceRef => ({
  status: 'STATED',
  url: null,
  note: null,
  date: null,
  field,
});

/** The "(concerns …)" part of each listed source. */
function fieldsShown(fields: Array<string | null>, url = '/fi/') {
  const c = render(<Provenance sources={fields.map(source)} />, stubClient(() => undefined).client, { url });
  return [...c.querySelectorAll('.sources li')].map((li) => text(li.querySelector('.source-field')) ?? null);
}

describe('Provenance', () => {
  it('names the field a source backs in the reader’s language, not as the API spells it', () => {
    expect(fieldsShown(['plannedEnd', 'themes', 'notes', 'project_manager', null])).toEqual([
      '(koskee tietoa: suunniteltu loppu)',
      '(koskee tietoa: teemat)',
      '(koskee tietoa: lisätiedot)',
      '(koskee tietoa: projektipäällikkö)',
      null,
    ]);
    expect(fieldsShown(['plannedEnd', 'status'], '/sv/')).toEqual([
      '(gäller uppgiften: planerat slut)',
      '(gäller uppgiften: status)',
    ]);
    expect(fieldsShown(['plannedEnd', 'title'], '/en/')).toEqual(['(applies to: planned end)', '(applies to: title)']);
  });

  it('labels every field of funding calls and deliverables', () => {
    const fields = [
      'application_opens',
      'application_closes',
      'applications_received',
      'appropriation_eur',
      'decision_date',
      'grants_awarded',
      'total_awarded_eur',
      'implementation_deadline',
      'themes_text',
      'stated_goals',
      'note',
      'title',
      'name',
    ];
    const shown = fieldsShown(fields);
    expect(shown).toEqual([
      '(koskee tietoa: haku alkoi)',
      '(koskee tietoa: haku päättyi)',
      '(koskee tietoa: hakemuksia)',
      '(koskee tietoa: määräraha)',
      '(koskee tietoa: päätöspäivä)',
      '(koskee tietoa: myönnettyjä avustuksia (päätös))',
      '(koskee tietoa: myönnetty yhteensä (päätös))',
      '(koskee tietoa: toteutuksen määräaika)',
      '(koskee tietoa: haun teemat)',
      '(koskee tietoa: haun tavoitteet)',
      '(koskee tietoa: lisätiedot)',
      '(koskee tietoa: nimi)',
      '(koskee tietoa: nimi)',
    ]);
    // No API spelling (snake_case or camelCase) is left in any language.
    for (const url of ['/fi/', '/sv/', '/en/']) {
      for (const s of fieldsShown(fields, url)) expect(s).not.toMatch(/_|[a-z][A-Z]/);
    }
  });

  it('shows a field it does not know as it is, and each of a list of fields', () => {
    expect(fieldsShown(['someNewField', 'status,plannedEnd'])).toEqual([
      '(koskee tietoa: someNewField)',
      '(koskee tietoa: tila, suunniteltu loppu)',
    ]);
  });
});
