import { ProjectSpecificationRelation, ProjectStatus, THEME_PARENT, type Theme } from '../../domain/enums.js';
import { slugify } from '../../domain/ids.js';
import type { Outcome } from '../../modules/project/project.entity.js';
import type { Context } from './context.js';
import { AS_OF, FIRST_CALL_YEAR, HORIZON, LAST_CALL_YEAR, day, isoDate, stamps } from './dates.js';
import { emitGrant, type SyntheticCall } from './funding.js';
import { emitLessons } from './lessons.js';
import { emitParticipations, pickLead, type Participant } from './participations.js';
import { emitLinks } from './project-links.js';
import { emitServiceUses, pickHubs } from './service-uses.js';
import {
  acronym,
  fill,
  frequencySentences,
  nameIn,
  pickLangs,
  placePhrase,
  projectName,
  render,
  same,
  topicSlot,
  type Langs,
} from './text.js';
import {
  OUTCOMES,
  PROJECT_SENTENCES,
  CONTINUATION_SENTENCE,
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
  participants: Participant[];
  start: number;
  end: number;
  status: ProjectStatus;
  createdDay: number;
}

const SPEC_COUNTS: ReadonlyArray<readonly [number, number]> = [
  [0, 20],
  [1, 35],
  [2, 30],
  [3, 15],
];

/** Planned and actual dates and the status they imply on AS_OF. */
function schedule(ctx: Context, year: number, funded: boolean) {
  const { rng } = ctx;
  const start = Math.min(day(`${year}-08-15`) + rng.int(0, 200), HORIZON - 200);
  const end = Math.min(start + rng.int(365, 900), HORIZON);
  let status: ProjectStatus;
  if (start > AS_OF) status = funded ? ProjectStatus.FUNDED : ProjectStatus.PLANNED;
  else if (end < AS_OF)
    status = rng.weighted([
      [ProjectStatus.COMPLETED, 88],
      [ProjectStatus.DISCONTINUED, 6],
      [ProjectStatus.ONGOING, 6],
    ]);
  else status = rng.chance(0.92) ? ProjectStatus.ONGOING : ProjectStatus.FUNDED;
  const started =
    status === ProjectStatus.ONGOING || status === ProjectStatus.COMPLETED || status === ProjectStatus.DISCONTINUED;
  const actualStart = started ? Math.min(AS_OF, start + rng.int(-15, 60)) : null;
  let actualEnd: number | null = null;
  if (status === ProjectStatus.COMPLETED)
    actualEnd = Math.max(actualStart! + 30, Math.min(AS_OF, end + rng.int(-30, 120)));
  if (status === ProjectStatus.DISCONTINUED)
    actualEnd = actualStart! + Math.floor(rng.float() * Math.max(1, AS_OF - actualStart!));
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
export function emitProject(
  ctx: Context,
  index: number,
  total: number,
  calls: Map<number, SyntheticCall>,
): ProjectInfo {
  const { rng } = ctx;
  const id = ctx.nextId('project');
  const year =
    FIRST_CALL_YEAR +
    Math.min(LAST_CALL_YEAR - FIRST_CALL_YEAR, Math.floor((index * (LAST_CALL_YEAR - FIRST_CALL_YEAR + 1)) / total));
  const topic = ctx.topics.draw(rng);
  const lead = pickLead(ctx);
  const homeRegion = lead.municipality?.regionCode ?? ctx.municipalities.draw(rng).regionCode;
  const langs = pickLangs(rng, lead.municipality?.swedish ?? false);
  const funded = rng.chance(0.9);
  const s = schedule(ctx, year, funded);
  const createdDay = s.start - rng.int(20, 150);
  const at = stamps(rng, createdDay);

  const region = ctx.ref.regions.get(homeRegion);
  const { name, extraTheme } = projectName(
    rng,
    topic,
    placePhrase(rng, lead.municipality, region ? { code: homeRegion, name: region.name } : null),
    langs,
  );
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

  const specifications = pickHubs(
    ctx,
    ctx.topicSpecifications(topic),
    ctx.ref.specifications,
    rng.weighted(SPEC_COUNTS),
  );
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
      ? rng
          .sample(OUTCOMES, rng.int(1, 2))
          .map((o) => ({ kind: 'OUTCOME', text: render(langs, [o]), sourceUrl: null, note: null }))
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
  return {
    id,
    index,
    topic,
    langs,
    leadId: lead.id,
    participants,
    start: s.start,
    end: s.end,
    status: s.status,
    createdDay,
  };
}
