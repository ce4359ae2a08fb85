import {
  GrantStatus,
  ParticipationRole,
  ProjectSpecificationRelation,
  ProjectStatus,
  ProvenanceStatus,
  THEME_PARENT,
  type Theme,
} from '../../domain/enums.js';
import { slugify, stableId } from '../../domain/ids.js';
import { lt } from '../../domain/localized.js';
import type { ProvenanceSource } from '../../domain/provenance.js';
import type { Contact, Outcome } from '../../modules/project/project.entity.js';
import { int, readCsv, splitList, urls } from './csv.js';
import { nationalServiceId, specificationId } from './import-catalogue.js';
import { callId } from './import-funding.js';
import { MAP } from './mapping.js';
import type { OrganisationRegistry } from './organisations.js';
import { FACTS_2021, VM_2021 } from './project-facts-2021.js';
import type { Row } from './upsert.js';

export const projectId = (slug: string) => stableId(`project:${slug}`);
export const deliverableId = (key: string) => stableId(`deliverable:${key}`);

/** Everything the project files produce, table by table. */
export interface ProjectTables {
  projects: Row[];
  participations: Row[];
  grants: Row[];
  serviceUses: Row[];
  projectSpecifications: Row[];
  deliverables: Row[];
  deliverableProjects: Row[];
  lessons: Row[];
}

export function emptyTables(): ProjectTables {
  return {
    projects: [],
    participations: [],
    grants: [],
    serviceUses: [],
    projectSpecifications: [],
    deliverables: [],
    deliverableProjects: [],
    lessons: [],
  };
}

const OUTCOME_KIND: Record<string, Outcome['kind']> = {
  outcome: 'OUTCOME',
  planned_deliverables: 'PLANNED_DELIVERABLES',
  planned_activities: 'PLANNED_ACTIVITIES',
  activity: 'ACTIVITY',
  governance: 'GOVERNANCE',
  deliverables: 'DELIVERABLES_SUMMARY',
  deliverable: 'OUTCOME',
  participants_note: 'NOTE',
  implementation_period: 'NOTE',
};

/** Slug: the acronym when the project has one, else its name (Finnish, or Swedish) shortened. */
function projectSlug(acronym: string | undefined, nameFi: string, nameSv: string): string {
  if (acronym) return slugify(acronym);
  const name = (nameFi || nameSv).split(/\s[–-]\s/)[0];
  return slugify(name, 60);
}

export function participationRow(
  project: string,
  organisation: string,
  role: ParticipationRole,
  provenance: ProvenanceSource[],
  contribution = '',
): Row {
  return {
    id: stableId(`participation:${project}:${organisation}:${role}`),
    project_id: project,
    organisation_id: organisation,
    role,
    from_date: null,
    to_date: null,
    contribution: lt(null, null, contribution),
    provenance,
  };
}

/** The 17 projects of the 2021 call with grants, participants, outcomes and results. */
export function readProjects2021(
  orgs: OrganisationRegistry,
  municipalityByCode: Map<string, string>,
  municipalityByName: Map<string, string>,
  out: ProjectTables,
): void {
  const additions = readCsv('projects-2021-additions.csv');
  for (const r of readCsv('projects-2021.csv')) {
    const n = Number(r.number);
    const facts = FACTS_2021[n] ?? { subThemes: [] };
    const acronym = facts.acronym ?? null;
    const slug = projectSlug(facts.acronym, r.name_fi, r.name_sv);
    const id = projectId(slug);
    const cited: ProvenanceSource[] = urls(r.source_urls).map((url) => ({ status: ProvenanceStatus.STATED, url }));
    const pressRelease: ProvenanceSource = {
      status: ProvenanceStatus.STATED,
      url: VM_2021,
      note: 'Ministry of Finance decision 23.6.2021: Swedish name, lead applicant, maximum grant',
      date: '2021-06-23',
    };
    const mainTheme = MAP.theme[r.theme];
    if (!mainTheme) throw new Error(`projects-2021.csv row ${n}: unknown theme "${r.theme}"`);
    const themes = [...new Set<Theme>([mainTheme, ...facts.subThemes, ...facts.subThemes.map((t) => THEME_PARENT[t])])];

    const lead = r.lead_municipality_code
      ? municipalityByCode.get(r.lead_municipality_code)!
      : orgs.add(r.lead_org_fi, pressRelease);
    const contacts: Contact[] = [];
    const outcomes: Outcome[] = [];
    const provenance: ProvenanceSource[] = [
      pressRelease,
      ...cited,
      { status: ProvenanceStatus.INFERRED, field: 'themes', note: 'Themes assigned by reading the project name' },
    ];
    if (r.notes) provenance.push({ status: ProvenanceStatus.STATED, note: r.notes, field: 'notes' });

    // Participants the sources name; the lead applicant is always one.
    out.participations.push(participationRow(id, lead, ParticipationRole.LEAD_APPLICANT, [pressRelease]));
    const codes = splitList(r.participant_codes);
    for (const code of codes) {
      const org = municipalityByCode.get(code);
      if (!org) throw new Error(`projects-2021.csv row ${n}: unknown municipality code ${code}`);
      if (org === lead) continue;
      out.participations.push(
        participationRow(
          id,
          org,
          facts.roles?.[code] ?? ParticipationRole.PARTNER,
          cited.length ? cited : [pressRelease],
        ),
      );
    }
    for (const p of facts.otherPartners ?? []) {
      const src: ProvenanceSource = { status: ProvenanceStatus.STATED, url: p.url };
      out.participations.push(participationRow(id, orgs.add(p.name, src), p.role, [src], p.contribution ?? ''));
    }

    let status = ProjectStatus.FUNDED;
    if (facts.status) {
      status = facts.status.value;
      provenance.push({
        status: ProvenanceStatus.STATED,
        url: facts.status.url,
        note: facts.status.note,
        field: 'status',
      });
    }
    let plannedEnd = '2023-10-31';
    if (facts.plannedEnd) {
      plannedEnd = facts.plannedEnd.value;
      provenance.push({
        status: ProvenanceStatus.STATED,
        url: facts.plannedEnd.url,
        note: facts.plannedEnd.note,
        field: 'plannedEnd',
      });
    } else {
      provenance.push({
        status: ProvenanceStatus.INFERRED,
        url: VM_2021,
        note: "The call's implementation deadline (projects to finish by 31.10.2023)",
        field: 'plannedEnd',
      });
    }

    for (const a of additions.filter((x) => Number(x.number) === n)) {
      const src: ProvenanceSource = {
        status: ProvenanceStatus.STATED,
        url: a.source_url,
        note: a.note || null,
        field: a.field,
      };
      if (a.field === 'project_manager') {
        const [name, ...rest] = a.value.split(',');
        contacts.push({ name: name.trim(), role: rest.join(',').trim() || null, sourceUrl: a.source_url });
        provenance.push(src);
      } else if (a.field === 'other_partners') {
        const m = a.value.match(/^([^(]+?)\s*(?:\((.*)\))?$/);
        const org = orgs.add(m![1], src);
        out.participations.push(participationRow(id, org, ParticipationRole.PARTNER, [src], m![2] ?? ''));
      } else if (a.field === 'participants_inferred') {
        for (const name of splitList(a.value)) {
          // Membership of the joint authority's area, not a statement of participation: INFERRED.
          const org = municipalityByName.get(name.toLowerCase());
          if (!org) throw new Error(`projects-2021-additions.csv row ${n}: unknown municipality ${name}`);
          out.participations.push(
            participationRow(id, org, ParticipationRole.PARTNER, [
              { status: ProvenanceStatus.INFERRED, url: a.source_url, note: a.note, field: 'participation' },
            ]),
          );
        }
      } else if (a.field === 'specification_used') {
        const slug2 = slugify(a.value.replace(/\s*\(.*\)\s*$/, ''));
        out.projectSpecifications.push(projectSpecificationRow(id, slug2, ProjectSpecificationRelation.APPLIED, src));
      } else if (OUTCOME_KIND[a.field]) {
        outcomes.push({
          kind: OUTCOME_KIND[a.field],
          text: lt(null, null, a.value),
          sourceUrl: a.source_url,
          note: a.note || null,
        });
      } else {
        throw new Error(`projects-2021-additions.csv row ${n}: unknown field "${a.field}"`);
      }
    }

    for (const s of facts.serviceUses ?? []) {
      out.serviceUses.push({
        id: stableId(`service-use:project:${slug}:${s.service}:${s.relation}`),
        project_id: id,
        deliverable_id: null,
        service_id: nationalServiceId(s.service),
        relation: s.relation,
        description: lt(null, null, s.description),
        evidence_url: s.url,
        provenance: [{ status: ProvenanceStatus.STATED, url: s.url }],
      });
    }
    for (const s of facts.specifications ?? []) {
      out.projectSpecifications.push(
        projectSpecificationRow(id, s.slug, s.relation, { status: ProvenanceStatus.STATED, url: s.url, note: s.note }),
      );
    }
    for (const d of facts.deliverables ?? []) {
      const did = deliverableId(d.key);
      const src: ProvenanceSource = {
        status: ProvenanceStatus.STATED,
        url: d.url,
        note: 'The source states this result was published or is in use',
      };
      const dprov: ProvenanceSource[] = [src];
      if (d.titleIsDescriptive) {
        dprov.push({
          status: ProvenanceStatus.INFERRED,
          field: 'title',
          note: 'Descriptive title written from the source text; the official title is not known',
        });
      }
      out.deliverables.push({
        id: did,
        kind: d.kind,
        title: lt(d.title.fi, null, d.title.en),
        short_description: {},
        description: lt(null, null, d.description),
        keywords: [],
        licence: null,
        languages: d.languages,
        development_status: null,
        landing_url: d.landingUrl ?? null,
        publisher_id: d.publisher === 'lead' ? lead : orgs.add(d.publisher, src),
        published_at: d.publishedAt ?? null,
        provenance: dprov,
      });
      out.deliverableProjects.push({
        id: stableId(`deliverable-project:${d.key}:${slug}`),
        deliverable_id: did,
        project_id: id,
        provenance: [src],
      });
    }
    for (const [i, l] of (facts.lessons ?? []).entries()) {
      out.lessons.push({
        id: stableId(`lesson:${slug}:${i}`),
        project_id: id,
        category: l.category,
        text: lt(null, null, l.text),
        mitigation: {},
        provenance: [{ status: ProvenanceStatus.STATED, url: l.url }],
      });
    }

    out.projects.push({
      id,
      slug,
      acronym,
      name: lt(r.name_fi, r.name_sv),
      summary: {},
      description: {},
      themes,
      status,
      planned_start: null,
      planned_end: plannedEnd,
      actual_start: facts.actualStart ?? null,
      actual_end: facts.actualEnd ?? null,
      budget_eur: null,
      website: cited.find((c) => c.url && !c.url.includes('vm.fi'))?.url ?? null,
      contacts,
      outcomes,
      provenance,
    });
    out.grants.push({
      id: stableId(`grant:2021:${n}`),
      call_id: callId(2021),
      ordinal: n,
      lead_applicant_id: lead,
      project_id: id,
      max_amount_eur: int(r.max_grant_eur),
      decision_reference: null,
      status: GrantStatus.AWARDED,
      note: null,
      provenance: [pressRelease],
    });
  }
}

export function projectSpecificationRow(
  project: string,
  specSlug: string,
  relation: ProjectSpecificationRelation,
  src: ProvenanceSource,
): Row {
  return {
    id: stableId(`project-specification:${project}:${specSlug}:${relation}`),
    project_id: project,
    specification_id: specificationId(specSlug),
    relation,
    provenance: [src],
  };
}
