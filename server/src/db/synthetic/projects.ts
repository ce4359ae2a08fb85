import {
  GrantStatus,
  OrganisationKind,
  ParticipationRole,
  ProjectLinkRelation,
  ProjectSpecificationRelation,
  ProjectStatus,
  THEME_PARENT,
  type Theme,
} from '../../domain/enums.js';
import { slugify } from '../../domain/ids.js';
import type { LocalizedText } from '../../domain/localized.js';
import type { Outcome } from '../../modules/project/project.entity.js';
import type { Context } from './context.js';
import { AS_OF, FIRST_CALL_YEAR, HORIZON, LAST_CALL_YEAR, day, isoDate, isoTimestamp } from './dates.js';
import type { SyntheticCall } from './funding.js';
import type { Municipality, OtherOrganisation } from './reference.js';
import { emitServiceUses, pickHubs } from './service-uses.js';
import { acronym, fill, frequencySentences, nameIn, pickLangs, placePhrase, projectName, render, same, topicSlot, type Langs } from './text.js';
import {
  CONTINUATION_SENTENCE,
  CONTRIBUTIONS,
  LESSONS,
  OUTCOMES,
  PROJECT_SENTENCES,
  SERVICE_SENTENCE,
  SPECIFICATION_SENTENCE,
  type Sentence,
  type Topic,
} from './vocabulary.js';

/** What the deliverables of a project need to know about it. */
export interface ProjectInfo {
  id: string;
  index: number;
  topic: Topic;
  langs: Langs;
  leadId: string;
  participants: Array<{ id: string; municipality: Municipality | null }>;
  start: number;
  end: number;
  status: ProjectStatus;
  createdDay: number;
}

const MUNICIPAL_ROLES: ReadonlyArray<readonly [ParticipationRole, number]> = [
  [ParticipationRole.PARTNER, 70],
  [ParticipationRole.PILOT, 15],
  [ParticipationRole.STEERING_GROUP, 5],
  [ParticipationRole.OBSERVER, 10],
];

/** Roles other bodies play, by kind: ministries steer, agencies advise, companies deliver. */
const OTHER_ROLES: Partial<Record<OrganisationKind, ReadonlyArray<readonly [ParticipationRole, number]>>> = {
  MINISTRY: [[ParticipationRole.STEERING_GROUP, 3], [ParticipationRole.OBSERVER, 2], [ParticipationRole.FUNDER, 1]],
  STATE_AGENCY: [[ParticipationRole.EXPERT_PARTNER, 4], [ParticipationRole.STEERING_GROUP, 1], [ParticipationRole.OBSERVER, 1]],
  COMPANY: [[ParticipationRole.SOFTWARE_VENDOR, 3], [ParticipationRole.CONSULTANT, 2], [ParticipationRole.PARTNER, 1]],
  IN_HOUSE_COMPANY: [[ParticipationRole.SOFTWARE_VENDOR, 2], [ParticipationRole.PARTNER, 2]],
  UNIVERSITY: [[ParticipationRole.EXPERT_PARTNER, 3], [ParticipationRole.PARTNER, 1]],
  ASSOCIATION: [[ParticipationRole.EXPERT_PARTNER, 2], [ParticipationRole.STEERING_GROUP, 1], [ParticipationRole.OBSERVER, 1]],
};
const DEFAULT_OTHER_ROLES: ReadonlyArray<readonly [ParticipationRole, number]> = [[ParticipationRole.PARTNER, 3], [ParticipationRole.STEERING_GROUP, 1]];

const SPEC_COUNTS: ReadonlyArray<readonly [number, number]> = [[0, 20], [1, 35], [2, 30], [3, 15]];

/** Timestamps of a row created on `d`: office hours, then edited some time before AS_OF. */
export function stamps(ctx: Context, d: number, lastEdit = AS_OF): { created_at: string; updated_at: string } {
  const created = Math.min(d, AS_OF);
  const seconds = ctx.rng.int(7 * 3600, 17 * 3600);
  const edited = created + Math.floor(ctx.rng.float() * Math.max(0, Math.min(lastEdit, AS_OF) - created));
  return { created_at: isoTimestamp(created, seconds), updated_at: isoTimestamp(edited, seconds + ctx.rng.int(0, 6 * 3600)) };
}

/** The lead: usually a municipality (weighted by population), sometimes a joint authority or council. */
function pickLead(ctx: Context): { id: string; municipality: Municipality | null; other: OtherOrganisation | null } {
  if (ctx.leadOthers.length > 0 && ctx.rng.chance(0.06)) {
    const other = ctx.rng.pick(ctx.leadOthers);
    return { id: other.id, municipality: null, other };
  }
  const m = ctx.municipalities.draw(ctx.rng);
  return { id: m.id, municipality: m, other: null };
}

/** 3-12 participants, mostly from the lead's region, exactly one of them LEAD_APPLICANT. */
function emitParticipations(
  ctx: Context,
  projectId: string,
  lead: ReturnType<typeof pickLead>,
  homeRegion: string,
  langs: Langs,
  dates: { from: string | null; to: string | null },
  at: { created_at: string; updated_at: string },
): ProjectInfo['participants'] {
  const { rng } = ctx;
  const size = Math.min(12, 3 + Math.floor(rng.exponential(2.8)));
  const others = ctx.partnerOthers.length && rng.chance(0.4) ? rng.sample(ctx.partnerOthers.filter((o) => o.id !== lead.id), rng.int(1, 2)) : [];
  const wanted = size - 1 - others.length;
  const exclude = new Set<Municipality>(lead.municipality ? [lead.municipality] : []);
  const regional = ctx.municipalitiesByRegion.get(homeRegion)!.drawDistinct(rng, Math.round(wanted * 0.75), exclude);
  for (const m of regional) exclude.add(m);
  const municipalities = [...regional, ...ctx.municipalities.drawDistinct(rng, wanted - regional.length, exclude)];
  // Draws give up after a bounded number of tries; the three-participant minimum must still hold.
  for (const m of ctx.ref.municipalities) {
    if (municipalities.length + others.length + 1 >= 3) break;
    if (!exclude.has(m) && !municipalities.includes(m)) municipalities.push(m);
  }

  const out: ProjectInfo['participants'] = [{ id: lead.id, municipality: lead.municipality }];
  const add = (organisationId: string, role: ParticipationRole) => {
    const contribution = CONTRIBUTIONS[role];
    ctx.writer.add('participation', {
      id: ctx.nextId('participation'),
      ...at,
      project_id: projectId,
      organisation_id: organisationId,
      role,
      from_date: dates.from,
      to_date: dates.to,
      contribution: contribution && rng.chance(0.6) ? render(langs, [contribution]) : {},
    });
  };
  add(lead.id, ParticipationRole.LEAD_APPLICANT);
  for (const m of municipalities) {
    add(m.id, rng.weighted(MUNICIPAL_ROLES));
    out.push({ id: m.id, municipality: m });
  }
  for (const o of others) {
    add(o.id, rng.weighted(OTHER_ROLES[o.kind] ?? DEFAULT_OTHER_ROLES));
    out.push({ id: o.id, municipality: null });
  }
  return out;
}

/** Planned and actual dates and the status they imply on AS_OF. */
function schedule(ctx: Context, year: number, funded: boolean) {
  const { rng } = ctx;
  const start = Math.min(day(`${year}-08-15`) + rng.int(0, 200), HORIZON - 200);
  const end = Math.min(start + rng.int(365, 900), HORIZON);
  let status: ProjectStatus;
  if (start > AS_OF) status = funded ? ProjectStatus.FUNDED : ProjectStatus.PLANNED;
  else if (end < AS_OF) status = rng.weighted([[ProjectStatus.COMPLETED, 88], [ProjectStatus.DISCONTINUED, 6], [ProjectStatus.ONGOING, 6]]);
  else status = rng.chance(0.92) ? ProjectStatus.ONGOING : ProjectStatus.FUNDED;
  const started = status === ProjectStatus.ONGOING || status === ProjectStatus.COMPLETED || status === ProjectStatus.DISCONTINUED;
  const actualStart = started ? Math.min(AS_OF, start + rng.int(-15, 60)) : null;
  let actualEnd: number | null = null;
  if (status === ProjectStatus.COMPLETED) actualEnd = Math.max(actualStart! + 30, Math.min(AS_OF, end + rng.int(-30, 120)));
  if (status === ProjectStatus.DISCONTINUED) actualEnd = actualStart! + Math.floor(rng.float() * Math.max(1, AS_OF - actualStart!));
  return { start, end, status, actualStart, actualEnd };
}

function themesOf(ctx: Context, topic: Topic, extra?: Theme): string[] {
  const themes = new Set<Theme>([topic.theme, THEME_PARENT[topic.theme]]);
  if (extra) themes.add(extra).add(THEME_PARENT[extra]);
  if (ctx.rng.chance(0.15)) {
    const second = ctx.topics.draw(ctx.rng).theme;
    themes.add(second).add(THEME_PARENT[second]);
  }
  return [...themes];
}

/**
 * Writes one project with its participations, service uses, specification edges, links to
 * earlier projects (so the link graph is acyclic), lessons and grant. Projects are numbered in
 * call-year order, so index order is also time order.
 */
export function emitProject(ctx: Context, index: number, total: number, calls: Map<number, SyntheticCall>): ProjectInfo {
  const { rng } = ctx;
  const id = ctx.nextId('project');
  const year = FIRST_CALL_YEAR + Math.min(LAST_CALL_YEAR - FIRST_CALL_YEAR, Math.floor((index * (LAST_CALL_YEAR - FIRST_CALL_YEAR + 1)) / total));
  const topic = ctx.topics.draw(rng);
  const lead = pickLead(ctx);
  const homeRegion = lead.municipality?.regionCode ?? ctx.municipalities.draw(rng).regionCode;
  const langs = pickLangs(rng, lead.municipality?.swedish ?? false);
  const funded = rng.chance(0.9);
  const s = schedule(ctx, year, funded);
  const createdDay = s.start - rng.int(20, 150);
  const at = stamps(ctx, createdDay);

  const region = ctx.ref.regions.get(homeRegion);
  const { name, extraTheme } = projectName(rng, topic, placePhrase(rng, lead.municipality, region ? { code: homeRegion, name: region.name } : null), langs);
  const slugSource = name.fi ?? name.sv ?? name.en ?? 'hanke';

  const participants = emitParticipations(
    ctx,
    id,
    lead,
    homeRegion,
    langs,
    rng.chance(0.7) ? { from: isoDate(s.start), to: isoDate(s.end) } : { from: null, to: null },
    at,
  );

  const services = pickHubs(ctx, ctx.topicServices(topic), ctx.ref.services, rng.int(3, 6));
  emitServiceUses(ctx, { project_id: id, deliverable_id: null }, services, langs, at.created_at);

  const specifications = pickHubs(ctx, ctx.topicSpecifications(topic), ctx.ref.specifications, rng.weighted(SPEC_COUNTS));
  for (const spec of specifications) {
    ctx.writer.add('project_specification', {
      id: ctx.nextId('project_specification'),
      ...at,
      project_id: id,
      specification_id: spec.id,
      relation: rng.chance(0.8) ? ProjectSpecificationRelation.APPLIED : ProjectSpecificationRelation.PUBLISHED,
    });
  }

  const linked = emitLinks(ctx, id, topic, at);

  // Text: two summary sentences (plus the term-frequency ones), then details in the description.
  const picks = rng.sample(PROJECT_SENTENCES, 4);
  const slots = { t: topicSlot(topic), n: same(String(participants.length)) };
  const summaryParts: Sentence[] = [picks[0], picks[1], ...frequencySentences(rng)];
  const details: Array<Sentence | null> = [
    picks[2],
    rng.chance(0.5) ? picks[3] : null,
    fill(SERVICE_SENTENCE, nameIn(services[0].name)),
    specifications.length ? fill(SPECIFICATION_SENTENCE, nameIn(specifications[0].name)) : null,
    linked ? CONTINUATION_SENTENCE : null,
  ];
  const summary = render(langs, summaryParts, slots);
  const description = render(langs, [...summaryParts, ...details], slots);

  const budget = Math.min(2_500_000, Math.round((30_000 + rng.exponential(220_000)) / 1000) * 1000);
  const outcomes: Outcome[] =
    s.status === ProjectStatus.COMPLETED && rng.chance(0.6)
      ? rng.sample(OUTCOMES, rng.int(1, 2)).map((o) => ({ kind: 'OUTCOME', text: render(langs, [o]), sourceUrl: null, note: null }))
      : [];
  const slug = `synth-${index + 1}-${slugify(slugSource, 80)}`;

  ctx.writer.add('project', {
    id,
    ...at,
    slug,
    acronym: acronym(rng, topic),
    name,
    summary,
    description,
    themes: themesOf(ctx, topic, extraTheme),
    status: s.status,
    planned_start: isoDate(s.start),
    planned_end: isoDate(s.end),
    actual_start: s.actualStart === null ? null : isoDate(s.actualStart),
    actual_end: s.actualEnd === null ? null : isoDate(s.actualEnd),
    budget_eur: budget,
    website: rng.chance(0.4) ? `https://synthetic.example/hankkeet/${slug}` : null,
    contacts: [],
    outcomes,
  });

  if (funded && s.status !== ProjectStatus.PLANNED) emitGrant(ctx, id, lead.id, calls.get(year)!, budget, s.status, at);
  emitLessons(ctx, id, s.status, langs, at);
  ctx.rememberProject(topic, { id, index });
  return { id, index, topic, langs, leadId: lead.id, participants, start: s.start, end: s.end, status: s.status, createdDay };
}

/** About a third of projects continue or derive from an earlier one of the same topic. */
function emitLinks(ctx: Context, id: string, topic: Topic, at: { created_at: string; updated_at: string }): boolean {
  const { rng } = ctx;
  const earlier = ctx.recentProjectsOf(topic);
  if (earlier.length === 0 || !rng.chance(0.3)) return false;
  const targets = rng.sample(earlier, rng.chance(0.15) ? 2 : 1);
  for (const target of targets) {
    ctx.writer.add('project_link', {
      id: ctx.nextId('project_link'),
      ...at,
      from_id: id,
      to_id: target.id,
      relation: rng.chance(0.6) ? ProjectLinkRelation.CONTINUES : ProjectLinkRelation.DERIVED_FROM,
    });
  }
  return true;
}

function emitGrant(
  ctx: Context,
  projectId: string,
  leadId: string,
  call: SyntheticCall,
  budget: number,
  status: ProjectStatus,
  at: { created_at: string; updated_at: string },
): void {
  const { rng } = ctx;
  call.ordinals += 1;
  let grantStatus = GrantStatus.AWARDED;
  if (status === ProjectStatus.DISCONTINUED && rng.chance(0.5)) grantStatus = GrantStatus.WITHDRAWN;
  if (status === ProjectStatus.FUNDED && call.year === LAST_CALL_YEAR && rng.chance(0.2)) grantStatus = GrantStatus.PENDING;
  ctx.writer.add('grant', {
    id: ctx.nextId('grant'),
    ...at,
    call_id: call.id,
    ordinal: call.ordinals,
    lead_applicant_id: leadId,
    project_id: projectId,
    max_amount_eur: Math.round((budget * (0.5 + rng.float() * 0.3)) / 1000) * 1000,
    decision_reference: `VN/SYNT-${call.ordinals}/${call.year}`,
    status: grantStatus,
    note: null,
  });
}

function emitLessons(ctx: Context, projectId: string, status: ProjectStatus, langs: Langs, at: { created_at: string; updated_at: string }): void {
  const { rng } = ctx;
  const done = status === ProjectStatus.COMPLETED || status === ProjectStatus.DISCONTINUED;
  const count = done ? rng.weighted([[0, 25], [1, 35], [2, 25], [3, 15]]) : rng.chance(0.2) ? 1 : 0;
  for (const lesson of rng.sample(LESSONS, count)) {
    const text: LocalizedText = render(langs, [lesson.text]);
    ctx.writer.add('lesson_learned', {
      id: ctx.nextId('lesson_learned'),
      ...at,
      project_id: projectId,
      category: lesson.category,
      text,
      mitigation: rng.chance(0.7) ? render(langs, [lesson.mitigation]) : {},
    });
  }
}
