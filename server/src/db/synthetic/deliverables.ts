import {
  AdoptionMode,
  AdoptionStatus,
  DeliverableKind,
  DevelopmentStatus,
  ProjectStatus,
  VerificationLevel,
} from '../../domain/enums.js';
import { slugify } from '../../domain/ids.js';
import type { ReleaseLink } from '../../modules/deliverable/release.entity.js';
import type { Context } from './context.js';
import { AS_OF, isoDate, isoTimestamp } from './dates.js';
import type { ProjectInfo } from './projects.js';
import { stamps } from './projects.js';
import type { Municipality, OtherOrganisation } from './reference.js';
import { emitServiceUses, pickHubs } from './service-uses.js';
import { capitalise, fill, frequencySentences, keywords, nameIn, narrowLangs, render, topicSlot, type Langs } from './text.js';
import {
  ASPECTS,
  CONFORMANCE_SENTENCE,
  DELIVERABLE_PURPOSE,
  DELIVERABLE_SENTENCES,
  KIND_NOUNS,
  KIND_WEIGHTS,
  RELEASE_NOTES,
  SOURCE_CODE_SENTENCE,
  TITLE_SUFFIXES,
  USE_CASES,
  type Sentence,
} from './vocabulary.js';

const SOFTWARE_KINDS = new Set<DeliverableKind>([
  DeliverableKind.SOFTWARE,
  DeliverableKind.SOFTWARE_EXTENSION,
  DeliverableKind.CONFIGURATION,
  DeliverableKind.API_SPECIFICATION,
]);
const DATA_KINDS = new Set<DeliverableKind>([DeliverableKind.DATA_MODEL, DeliverableKind.CODE_LIST, DeliverableKind.VOCABULARY, DeliverableKind.DATASET]);

const SOFTWARE_LICENCES: ReadonlyArray<readonly [string | null, number]> = [['EUPL-1.2', 40], ['MIT', 25], ['Apache-2.0', 15], [null, 20]];
const DATA_LICENCES: ReadonlyArray<readonly [string | null, number]> = [['CC-BY-4.0', 60], ['EUPL-1.2', 10], [null, 30]];
const DOCUMENT_LICENCES: ReadonlyArray<readonly [string | null, number]> = [['CC-BY-4.0', 55], [null, 45]];

const ADOPTION_STATUS: ReadonlyArray<readonly [AdoptionStatus, number]> = [
  [AdoptionStatus.EVALUATING, 15], [AdoptionStatus.PLANNED, 10], [AdoptionStatus.PILOTING, 20],
  [AdoptionStatus.IN_PRODUCTION, 45], [AdoptionStatus.DISCONTINUED, 10],
];
const ADOPTION_MODE: ReadonlyArray<readonly [AdoptionMode | null, number]> = [
  [AdoptionMode.AS_IS, 30], [AdoptionMode.CONFIGURED, 30], [AdoptionMode.ADAPTED_VARIANT, 15],
  [AdoptionMode.METHOD_ONLY, 20], [AdoptionMode.CONTRIBUTED_UPSTREAM, 5], [null, 10],
];
const VERIFICATION: ReadonlyArray<readonly [VerificationLevel, number]> = [
  [VerificationLevel.HARVESTED, 15], [VerificationLevel.DECLARED_BY_PUBLISHER, 35],
  [VerificationLevel.DECLARED_BY_ADOPTER, 30], [VerificationLevel.VERIFIED, 20],
];

/** Deliverables per project: at least three, about ten on average, a few projects with dozens. */
function deliverableCount(ctx: Context): number {
  const { rng } = ctx;
  return 3 + Math.floor(rng.exponential(5.6)) + (rng.chance(0.02) ? rng.int(30, 90) : 0);
}

/** Adoptions per deliverable: most none, a few widely reused (about 0.5 on average). */
function adoptionCount(ctx: Context): number {
  const r = ctx.rng.float();
  if (r < 0.75) return 0;
  if (r < 0.92) return 1;
  if (r < 0.985) return ctx.rng.int(2, 3);
  return ctx.rng.int(4, 16);
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
  const published = unpublished ? null : Math.min(AS_OF, project.start + rng.int(30, Math.max(31, project.end + 90 - project.start)));
  const at = stamps(ctx, published ?? project.createdDay + rng.int(0, 60));

  const specifications = rng.chance(software || data ? 0.55 : 0.08)
    ? pickHubs(ctx, ctx.topicSpecifications(topic), ctx.ref.specifications, rng.int(1, 2))
    : [];
  for (const spec of specifications) {
    ctx.writer.add('conformance', { id: ctx.nextId('conformance'), ...at, deliverable_id: id, specification_id: spec.id });
  }
  if (software && rng.chance(0.45)) {
    emitServiceUses(ctx, { project_id: null, deliverable_id: id }, pickHubs(ctx, ctx.topicServices(topic), ctx.ref.services, rng.int(1, 2)), langs, at.created_at);
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
    { fi: `${capitalise(noun.fi)} ${topic.fiGen} kehittämiseen.`, sv: `${capitalise(noun.sv)} för utveckling av ${topic.sv}.`, en: `${capitalise(noun.en)} for developing ${topic.en}.` },
  ]);
  for (const l of langs) if ((short[l]?.length ?? 0) > 150) short[l] = `${short[l]!.slice(0, 149)}…`;
  const repository = software && rng.chance(0.8) ? `https://code.synthetic.example/synth-${project.index + 1}/${slugify(title.fi ?? title.sv ?? title.en ?? kind, 50)}` : null;
  const slots = { t: topicSlot(topic), k: { fi: noun.fi, sv: noun.sv, en: noun.en }, K: { fi: capitalise(noun.fi), sv: capitalise(noun.sv), en: capitalise(noun.en) } };
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
    ? rng.weighted<string | null>([['internal', 35], ['contract', 35], ['community', 15], ['none', 15]])
    : rng.chance(0.3) ? 'internal' : null;

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
    maintenance_until: published !== null && (maintenance === 'internal' || maintenance === 'contract') ? isoDate(published + rng.int(365, 4 * 365)) : null,
    contacts: [],
    landing_url: rng.chance(0.6) ? `https://synthetic.example/tuotokset/${id}` : null,
    repository_url: repository,
    documentation_url: rng.chance(0.3) ? `https://docs.synthetic.example/${id}` : null,
    publisher_id: rng.chance(0.7) ? project.leadId : rng.pick(project.participants).id,
    derived_from_id: derivedFrom,
    published_at: published === null ? null : isoDate(published),
    last_verified_at: published !== null && rng.chance(0.5) ? isoTimestamp(published + Math.floor(rng.float() * (AS_OF - published)), rng.int(0, 86_399)) : null,
  });

  ctx.writer.add('deliverable_project', { id: ctx.nextId('deliverable_project'), ...at, deliverable_id: id, project_id: project.id });
  const other = ctx.recentProjectsOf(project.topic).filter((p) => p.id !== project.id);
  if (other.length && rng.chance(0.08)) {
    ctx.writer.add('deliverable_project', { id: ctx.nextId('deliverable_project'), ...at, deliverable_id: id, project_id: rng.pick(other).id });
  }

  if (published !== null) {
    emitReleases(ctx, id, software, published, langs, repository, at);
    emitAdoptions(ctx, id, kind, project, published, topicSlot(topic));
  }
  ctx.rememberDeliverable(topic, id);
}

function developmentStatus(ctx: Context, software: boolean, unpublished: boolean): DevelopmentStatus | null {
  if (unpublished) return ctx.rng.chance(0.5) ? DevelopmentStatus.CONCEPT : null;
  if (software) {
    return ctx.rng.weighted([
      [DevelopmentStatus.CONCEPT, 5], [DevelopmentStatus.DEVELOPMENT, 20], [DevelopmentStatus.BETA, 20],
      [DevelopmentStatus.STABLE, 45], [DevelopmentStatus.OBSOLETE, 10],
    ]);
  }
  return ctx.rng.chance(0.5) ? null : ctx.rng.weighted([[DevelopmentStatus.STABLE, 80], [DevelopmentStatus.OBSOLETE, 20]]);
}

/** 0-3 releases: semantic versions for software, 1.0 / 1.1 / 2.0 for documents. */
function emitReleases(
  ctx: Context,
  deliverableId: string,
  software: boolean,
  published: number,
  langs: Langs,
  repository: string | null,
  at: { created_at: string; updated_at: string },
): void {
  const { rng } = ctx;
  const count = software ? rng.weighted([[0, 10], [1, 30], [2, 30], [3, 30]]) : rng.weighted([[0, 60], [1, 35], [2, 5]]);
  let major = software && rng.chance(0.3) ? 0 : 1;
  let minor = 0;
  let when = published;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      if (rng.chance(0.7)) minor += 1;
      else {
        major += 1;
        minor = 0;
      }
      when = Math.min(AS_OF, when + rng.int(30, 300));
    }
    const version = software ? `${major}.${minor}.0` : `${major}.${minor}`;
    const links: ReleaseLink[] = repository && rng.chance(0.5) ? [{ url: `${repository}/releases/tag/v${version}` }] : [];
    ctx.writer.add('release', {
      id: ctx.nextId('release'),
      ...at,
      deliverable_id: deliverableId,
      version,
      released_at: isoDate(when),
      notes: render(langs, [i === 0 ? RELEASE_NOTES[0] : rng.pick(RELEASE_NOTES.slice(1))]),
      links,
    });
  }
}

type Adopter = { id: string; key: string; municipality: Municipality | null; viaProject: boolean };

/** Distinct adopters: a third from the project's own municipalities (via the project), the rest from anywhere. */
function pickAdopters(ctx: Context, project: ProjectInfo, count: number): Adopter[] {
  const { rng } = ctx;
  const out = new Map<string, Adopter>();
  const ownMunicipalities = project.participants.filter((p) => p.municipality !== null);
  for (let attempts = 0; out.size < count && attempts < count * 10; attempts++) {
    const r = rng.float();
    let adopter: Adopter;
    if (r < 0.35 && ownMunicipalities.length) {
      const m = rng.pick(ownMunicipalities).municipality!;
      adopter = { id: m.id, key: `kunta-${m.code}`, municipality: m, viaProject: true };
    } else if (r < 0.95 || ctx.leadOthers.length === 0) {
      const m = ctx.municipalities.draw(rng);
      adopter = { id: m.id, key: `kunta-${m.code}`, municipality: m, viaProject: false };
    } else {
      const o: OtherOrganisation = rng.pick(ctx.leadOthers);
      adopter = { id: o.id, key: o.slug, municipality: null, viaProject: false };
    }
    if (!out.has(adopter.id)) out.set(adopter.id, adopter);
  }
  return [...out.values()];
}

function emitAdoptions(ctx: Context, deliverableId: string, kind: DeliverableKind, project: ProjectInfo, published: number, topic: Sentence): void {
  const { rng } = ctx;
  for (const adopter of pickAdopters(ctx, project, adoptionCount(ctx))) {
    const id = ctx.nextId('adoption');
    const status = rng.weighted(ADOPTION_STATUS);
    const verification = rng.weighted(VERIFICATION);
    const since = Math.min(AS_OF, published + rng.int(0, 700));
    const until = status === AdoptionStatus.DISCONTINUED ? Math.min(AS_OF, since + rng.int(90, 500)) : null;
    const langs: Langs = adopter.municipality?.swedish ? ['sv'] : rng.chance(0.3) ? ['fi', 'en'] : ['fi'];
    const running = status === AdoptionStatus.IN_PRODUCTION || status === AdoptionStatus.PILOTING;
    ctx.writer.add('adoption', {
      id,
      ...stamps(ctx, since),
      organisation_id: adopter.id,
      deliverable_id: deliverableId,
      status,
      mode: rng.weighted(ADOPTION_MODE),
      since: isoDate(since),
      until: until === null ? null : isoDate(until),
      via_project_id: adopter.viaProject ? project.id : null,
      instance_url: SOFTWARE_KINDS.has(kind) && running && rng.chance(0.6) ? `https://${adopter.key}.synthetic.example/${kind.toLowerCase()}` : null,
      use_case: rng.chance(0.5) ? render(langs, [rng.pick(USE_CASES)], { t: topic }) : {},
      evidence_urls:
        (verification === VerificationLevel.VERIFIED || verification === VerificationLevel.DECLARED_BY_ADOPTER) && rng.chance(0.6)
          ? [`https://synthetic.example/evidence/${id}`]
          : [],
      verification,
      declared_by: null,
      last_confirmed_at: rng.chance(0.7) ? isoTimestamp(since + Math.floor(rng.float() * (AS_OF - since)), rng.int(0, 86_399)) : null,
    });
  }
}
