import { DeliverableKind, DevelopmentStatus, ProjectStatus } from '../../domain/enums.js';
import { slugify } from '../../domain/ids.js';
import { emitAdoptions } from './adoptions.js';
import type { Context } from './context.js';
import { AS_OF, isoDate, isoTimestamp, stamps } from './dates.js';
import type { ProjectInfo } from './projects.js';
import { emitReleases } from './releases.js';
import { emitServiceUses, pickHubs } from './service-uses.js';
import { capitalise, fill, frequencySentences, keywords, nameIn, narrowLangs, render, topicSlot } from './text.js';
import {
  ASPECTS,
  CONFORMANCE_SENTENCE,
  DELIVERABLE_PURPOSE,
  DELIVERABLE_SENTENCES,
  KIND_NOUNS,
  KIND_WEIGHTS,
  SOURCE_CODE_SENTENCE,
  TITLE_SUFFIXES,
} from './vocabulary.js';

const SOFTWARE_KINDS = new Set<DeliverableKind>([
  DeliverableKind.SOFTWARE,
  DeliverableKind.SOFTWARE_EXTENSION,
  DeliverableKind.CONFIGURATION,
  DeliverableKind.API_SPECIFICATION,
]);
const DATA_KINDS = new Set<DeliverableKind>([
  DeliverableKind.DATA_MODEL,
  DeliverableKind.CODE_LIST,
  DeliverableKind.VOCABULARY,
  DeliverableKind.DATASET,
]);

const SOFTWARE_LICENCES: ReadonlyArray<readonly [string | null, number]> = [
  ['EUPL-1.2', 40],
  ['MIT', 25],
  ['Apache-2.0', 15],
  [null, 20],
];
const DATA_LICENCES: ReadonlyArray<readonly [string | null, number]> = [
  ['CC-BY-4.0', 60],
  ['EUPL-1.2', 10],
  [null, 30],
];
const DOCUMENT_LICENCES: ReadonlyArray<readonly [string | null, number]> = [
  ['CC-BY-4.0', 55],
  [null, 45],
];

/** Deliverables per project: at least three, about ten on average, a few projects with dozens. */
function deliverableCount(ctx: Context): number {
  const { rng } = ctx;
  return 3 + Math.floor(rng.exponential(6.3)) + (rng.chance(0.02) ? rng.int(30, 90) : 0);
}

/** Writes a project's deliverables with their releases, edges and adoptions; returns how many. */
export function emitDeliverables(ctx: Context, project: ProjectInfo): number {
  const count = deliverableCount(ctx);
  for (let i = 0; i < count; i++) emitDeliverable(ctx, project);
  return count;
}

function emitDeliverable(ctx: Context, project: ProjectInfo): void {
  const { rng } = ctx;
  const id = ctx.nextId('deliverable');
  const kind = rng.weighted(KIND_WEIGHTS);
  const software = SOFTWARE_KINDS.has(kind);
  const data = DATA_KINDS.has(kind);
  const topic = rng.chance(0.85) ? project.topic : ctx.topics.draw(rng);
  const langs = narrowLangs(rng, project.langs);
  const noun = rng.pick(KIND_NOUNS[kind]);
  const unpublished = project.status === ProjectStatus.PLANNED || project.status === ProjectStatus.FUNDED;
  const published = unpublished
    ? null
    : Math.min(AS_OF, project.start + rng.int(30, Math.max(31, project.end + 90 - project.start)));
  const at = stamps(rng, published ?? project.createdDay + rng.int(0, 60));

  const specifications = rng.chance(software || data ? 0.55 : 0.08)
    ? pickHubs(ctx, ctx.topicSpecifications(topic), ctx.ref.specifications, rng.int(1, 2))
    : [];
  for (const spec of specifications) {
    ctx.writer.add('conformance', {
      id: ctx.nextId('conformance'),
      ...at,
      deliverable_id: id,
      specification_id: spec.id,
    });
  }
  if (software && rng.chance(0.45)) {
    emitServiceUses(
      ctx,
      { project_id: null, deliverable_id: id },
      pickHubs(ctx, ctx.topicServices(topic), ctx.ref.services, rng.int(1, 2)),
      langs,
      at.created_at,
    );
  }

  const none = { fi: '', sv: '', en: '' };
  const aspect = rng.chance(0.4) ? rng.pick(ASPECTS) : null;
  const suffix = rng.chance(0.15) ? rng.pick(TITLE_SUFFIXES) : none;
  const a = aspect ? { fi: `: ${aspect.fi}`, sv: `: ${aspect.sv}`, en: `: ${aspect.en}` } : none;
  const title = render(langs, [
    {
      fi: `${capitalise(topic.fiGen)} ${noun.fi}${a.fi}${suffix.fi}`,
      sv: `${capitalise(noun.sv)} för ${topic.sv}${a.sv}${suffix.sv}`,
      en: `${capitalise(topic.en)} ${noun.en}${a.en}${suffix.en}`,
    },
  ]);
  const short = render(langs, [
    {
      fi: `${capitalise(noun.fi)} ${topic.fiGen} kehittämiseen.`,
      sv: `${capitalise(noun.sv)} för utveckling av ${topic.sv}.`,
      en: `${capitalise(noun.en)} for developing ${topic.en}.`,
    },
  ]);
  for (const l of langs) if ((short[l]?.length ?? 0) > 150) short[l] = `${short[l]!.slice(0, 149)}…`;
  const repository =
    software && rng.chance(0.8)
      ? `https://code.synthetic.example/synth-${project.index + 1}/${slugify(title.fi ?? title.sv ?? title.en ?? kind, 50)}`
      : null;
  const slots = {
    t: topicSlot(topic),
    k: { fi: noun.fi, sv: noun.sv, en: noun.en },
    K: { fi: capitalise(noun.fi), sv: capitalise(noun.sv), en: capitalise(noun.en) },
  };
  const description = render(
    langs,
    [
      DELIVERABLE_PURPOSE,
      ...rng.sample(DELIVERABLE_SENTENCES, rng.int(1, 2)),
      repository ? SOURCE_CODE_SENTENCE : null,
      specifications.length ? fill(CONFORMANCE_SENTENCE, nameIn(specifications[0].name)) : null,
      ...frequencySentences(rng, 0.1),
    ],
    slots,
  );

  const recent = ctx.recentDeliverablesOf(topic);
  const derivedFrom = recent.length && rng.chance(0.05) ? rng.pick(recent) : null;
  const maintenance = software
    ? rng.weighted<string | null>([
        ['internal', 35],
        ['contract', 35],
        ['community', 15],
        ['none', 15],
      ])
    : rng.chance(0.3)
      ? 'internal'
      : null;

  ctx.writer.add('deliverable', {
    id,
    ...at,
    kind,
    title,
    short_description: rng.chance(0.8) ? short : {},
    description,
    keywords: keywords(rng, topic, langs),
    licence: rng.weighted(software ? SOFTWARE_LICENCES : data ? DATA_LICENCES : DOCUMENT_LICENCES),
    languages: [...langs],
    development_status: developmentStatus(ctx, software, unpublished),
    maintenance_type: maintenance,
    maintenance_until:
      published !== null && (maintenance === 'internal' || maintenance === 'contract')
        ? isoDate(published + rng.int(365, 4 * 365))
        : null,
    contacts: [],
    landing_url: rng.chance(0.6) ? `https://synthetic.example/tuotokset/${id}` : null,
    repository_url: repository,
    documentation_url: rng.chance(0.3) ? `https://docs.synthetic.example/${id}` : null,
    publisher_id: rng.chance(0.7) ? project.leadId : rng.pick(project.participants).id,
    derived_from_id: derivedFrom,
    published_at: published === null ? null : isoDate(published),
    last_verified_at:
      published !== null && rng.chance(0.5)
        ? isoTimestamp(published + Math.floor(rng.float() * (AS_OF - published)), rng.int(0, 86_399))
        : null,
  });

  const publishedSort = published === null ? '0001-01-01' : isoDate(published);
  ctx.writer.add('deliverable_project', {
    id: ctx.nextId('deliverable_project'),
    ...at,
    deliverable_id: id,
    project_id: project.id,
    // Written here: the bulk load runs without the trigger that keeps it (migration 20261128100000).
    published_sort: publishedSort,
  });
  const other = ctx.recentProjectsOf(project.topic).filter((p) => p.id !== project.id);
  if (other.length && rng.chance(0.08)) {
    ctx.writer.add('deliverable_project', {
      id: ctx.nextId('deliverable_project'),
      ...at,
      deliverable_id: id,
      project_id: rng.pick(other).id,
      published_sort: publishedSort,
    });
  }

  if (published !== null) {
    emitReleases(ctx, id, software, published, langs, repository, at);
    emitAdoptions(ctx, id, kind, software, project, published, topicSlot(topic));
  }
  ctx.rememberDeliverable(topic, id);
}

function developmentStatus(ctx: Context, software: boolean, unpublished: boolean): DevelopmentStatus | null {
  if (unpublished) return ctx.rng.chance(0.5) ? DevelopmentStatus.CONCEPT : null;
  if (software) {
    return ctx.rng.weighted([
      [DevelopmentStatus.CONCEPT, 5],
      [DevelopmentStatus.DEVELOPMENT, 20],
      [DevelopmentStatus.BETA, 20],
      [DevelopmentStatus.STABLE, 45],
      [DevelopmentStatus.OBSOLETE, 10],
    ]);
  }
  return ctx.rng.chance(0.5)
    ? null
    : ctx.rng.weighted([
        [DevelopmentStatus.STABLE, 80],
        [DevelopmentStatus.OBSOLETE, 20],
      ]);
}
