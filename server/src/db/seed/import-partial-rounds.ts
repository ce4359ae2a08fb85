import { GrantStatus, ParticipationRole, ProjectStatus, ProvenanceStatus, THEME_PARENT } from '../../domain/enums.js';
import { slugify, stableId } from '../../domain/ids.js';
import { lt } from '../../domain/localized.js';
import type { ProvenanceSource } from '../../domain/provenance.js';
import { int, readCsv, urls } from './csv.js';
import { callId } from './import-funding.js';
import { participationRow, projectId, type ProjectTables } from './import-projects-2021.js';
import { MAP } from './mapping.js';
import type { Row } from './upsert.js';

/**
 * The 2020 and 2022 calls in part: each known grant, and a project only where a source names
 * it (DOMAIN.md "Partial rounds"). The call's announced total stays, so the unknown remainder shows.
 */
export function readPartialRounds(municipalityByName: Map<string, string>, out: ProjectTables): void {
  for (const [year, file] of [
    [2020, 'projects-2020-partial.csv'],
    [2022, 'projects-2022-partial.csv'],
  ] as const) {
    readCsv(file).forEach((r, index) => {
      const ordinal = index + 1;
      const probable = /\(probable\)/i.test(r.lead_org);
      const leadName = r.lead_org
        .replace(/\s*\(.*\)\s*$/, '')
        .trim()
        .toLowerCase();
      const lead = municipalityByName.get(leadName);
      if (!lead) throw new Error(`${file} row ${ordinal}: unknown lead municipality "${r.lead_org}"`);
      const cited = urls(r.source_urls);
      const source: ProvenanceSource = {
        status: probable ? ProvenanceStatus.INFERRED : ProvenanceStatus.STATED,
        url: cited[0] ?? null,
        note: r.notes || null,
      };
      const extra: ProvenanceSource[] = cited.slice(1).map((url) => ({ status: ProvenanceStatus.STATED, url }));
      const inferredRound = /INFERENCE/.test(r.notes);
      if (inferredRound) source.status = ProvenanceStatus.INFERRED;

      let project: string | null = null;
      const name = lt(r.name_fi, r.name_sv);
      if (name.fi || name.sv) {
        const slug = `${year}-${slugify(name.fi ?? name.sv ?? '', 60)}`;
        project = projectId(slug);
        const theme = r.theme ? MAP.theme[r.theme.split(' (')[0]] : undefined;
        const provenance: ProvenanceSource[] = [source, ...extra];
        if (theme) provenance.push({ status: ProvenanceStatus.INFERRED, field: 'themes', note: r.theme });
        if (/paraphrased/.test(r.notes)) {
          provenance.push({
            status: ProvenanceStatus.INFERRED,
            field: 'name',
            note: 'Name paraphrased from a news sentence, not an official title',
          });
        }
        out.projects.push(
          projectRow(project, slug, name, theme ? [...new Set([theme, THEME_PARENT[theme]])] : [], provenance),
        );
        out.participations.push(participationRow(project, lead, ParticipationRole.LEAD_APPLICANT, [source]));
      }
      out.grants.push({
        id: stableId(`grant:${year}:${ordinal}`),
        call_id: callId(year),
        ordinal,
        lead_applicant_id: lead,
        project_id: project,
        max_amount_eur: int(r.max_grant_eur),
        decision_reference: null,
        status: GrantStatus.AWARDED,
        note: [r.participants ? `Participants: ${r.participants}` : '', r.notes].filter(Boolean).join(' — ') || null,
        provenance: [source, ...extra],
      });
    });
  }
}

function projectRow(
  id: string,
  slug: string,
  name: Row['name'],
  themes: string[],
  provenance: ProvenanceSource[],
): Row {
  return {
    id,
    slug,
    acronym: null,
    name,
    summary: {},
    description: {},
    themes,
    status: ProjectStatus.FUNDED,
    planned_start: null,
    planned_end: null,
    actual_start: null,
    actual_end: null,
    budget_eur: null,
    website: null,
    contacts: [],
    outcomes: [],
    provenance,
  };
}
