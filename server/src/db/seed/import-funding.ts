import { ProvenanceStatus } from '../../domain/enums.js';
import { stableId } from '../../domain/ids.js';
import { lt } from '../../domain/localized.js';
import type { ProvenanceSource } from '../../domain/provenance.js';
import { int, readCsv } from './csv.js';
import type { OrganisationRegistry } from './organisations.js';
import type { Row } from './upsert.js';

export const PROGRAMME_SLUG = 'kuntien-digitalisaation-kannustinjarjestelma';
export const programmeId = stableId(`funding-programme:${PROGRAMME_SLUG}`);
export const callId = (year: number) => stableId(`funding-call:${PROGRAMME_SLUG}:${year}`);

/** Column of funding_call for each `field` of funding.csv. */
const CALL_FIELDS: Record<string, string> = {
  note: 'note',
  application_opens: 'application_opens',
  application_closes: 'application_closes',
  decision_date: 'decision_date',
  total_awarded_eur: 'total_awarded_eur',
  grants_awarded: 'grants_awarded',
  applications_received: 'applications_received',
  implementation_deadline: 'implementation_deadline',
  appropriation_eur: 'appropriation_eur',
  themes: 'themes_text',
  stated_goals: 'stated_goals',
};
const INTEGER_COLUMNS = new Set(['total_awarded_eur', 'grants_awarded', 'applications_received', 'appropriation_eur']);

/** The programme and its calls, one fact per row of funding.csv, each with its own source. */
export function readFunding(orgs: OrganisationRegistry): { programme: Row; calls: Row[] } {
  const facts = readCsv('funding.csv');
  const programmeFacts = facts.filter((f) => f.record === 'programme');
  const get = (field: string) => programmeFacts.find((f) => f.field === field);
  const sourceOf = (f: Record<string, string>, column: string): ProvenanceSource => ({
    status: f.note.includes('translation') ? ProvenanceStatus.GENERAL_KNOWLEDGE : ProvenanceStatus.STATED,
    url: f.source_url || null,
    note: f.note || null,
    field: column,
  });
  const funder = get('funder')!;
  const programme: Row = {
    id: programmeId,
    slug: PROGRAMME_SLUG,
    name: lt(get('name_fi')?.value, null, get('name_en')?.value),
    funder_id: orgs.add(funder.value, sourceOf(funder, 'funder')),
    legal_basis: get('legal_basis')?.value ?? null,
    initial_appropriation_eur: int(get('initial_appropriation_eur')?.value),
    url: get('name_fi')?.source_url ?? null,
    provenance: programmeFacts.map((f) => sourceOf(f, f.field)),
  };

  const years = [...new Set(facts.filter((f) => f.record === 'call').map((f) => Number(f.key)))].sort();
  const calls = years.map((year) => {
    const row: Row = {
      id: callId(year),
      programme_id: programmeId,
      year,
      name: lt(`${get('name_fi')?.value} ${year}`, null, `${get('name_en')?.value} ${year}`),
      note: null,
      application_opens: null,
      application_closes: null,
      decision_date: null,
      total_awarded_eur: null,
      grants_awarded: null,
      applications_received: null,
      implementation_deadline: null,
      appropriation_eur: null,
      themes_text: null,
      stated_goals: null,
      source_url: null,
      provenance: [] as ProvenanceSource[],
    };
    for (const f of facts.filter((x) => x.record === 'call' && Number(x.key) === year)) {
      const column = CALL_FIELDS[f.field];
      if (!column) throw new Error(`funding.csv: unknown call field "${f.field}"`);
      row[column] = INTEGER_COLUMNS.has(column) ? int(f.value) : f.value;
      (row.provenance as ProvenanceSource[]).push(sourceOf(f, column));
      if (f.field === 'decision_date' || (!row.source_url && f.source_url)) row.source_url = f.source_url || null;
    }
    return row;
  });
  return { programme, calls };
}
