import { AdoptionMode, AdoptionStatus, type DeliverableKind, VerificationLevel } from '../../domain/enums.js';
import type { Context } from './context.js';
import { AS_OF, isoDate, isoTimestamp, stamps } from './dates.js';
import type { ProjectInfo } from './projects.js';
import type { Municipality, OtherOrganisation } from './reference.js';
import { render, type Langs } from './text.js';
import { USE_CASES, type Sentence } from './vocabulary.js';

const ADOPTION_STATUS: ReadonlyArray<readonly [AdoptionStatus, number]> = [
  [AdoptionStatus.EVALUATING, 15],
  [AdoptionStatus.PLANNED, 10],
  [AdoptionStatus.PILOTING, 20],
  [AdoptionStatus.IN_PRODUCTION, 45],
  [AdoptionStatus.DISCONTINUED, 10],
];
const ADOPTION_MODE: ReadonlyArray<readonly [AdoptionMode | null, number]> = [
  [AdoptionMode.AS_IS, 30],
  [AdoptionMode.CONFIGURED, 30],
  [AdoptionMode.ADAPTED_VARIANT, 15],
  [AdoptionMode.METHOD_ONLY, 20],
  [AdoptionMode.CONTRIBUTED_UPSTREAM, 5],
  [null, 10],
];
const VERIFICATION: ReadonlyArray<readonly [VerificationLevel, number]> = [
  [VerificationLevel.HARVESTED, 15],
  [VerificationLevel.DECLARED_BY_PUBLISHER, 35],
  [VerificationLevel.DECLARED_BY_ADOPTER, 30],
  [VerificationLevel.VERIFIED, 20],
];

/** Adoptions per deliverable: most none, a few widely reused (about 0.5 on average). */
function adoptionCount(ctx: Context): number {
  const r = ctx.rng.float();
  if (r < 0.74) return 0;
  if (r < 0.91) return 1;
  if (r < 0.98) return ctx.rng.int(2, 3);
  return ctx.rng.int(4, 16);
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

export function emitAdoptions(
  ctx: Context,
  deliverableId: string,
  kind: DeliverableKind,
  software: boolean,
  project: ProjectInfo,
  published: number,
  topic: Sentence,
): void {
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
      ...stamps(rng, since),
      organisation_id: adopter.id,
      deliverable_id: deliverableId,
      status,
      mode: rng.weighted(ADOPTION_MODE),
      since: isoDate(since),
      until: until === null ? null : isoDate(until),
      via_project_id: adopter.viaProject ? project.id : null,
      instance_url:
        software && running && rng.chance(0.6)
          ? `https://${adopter.key}.synthetic.example/${kind.toLowerCase()}`
          : null,
      use_case: rng.chance(0.5) ? render(langs, [rng.pick(USE_CASES)], { t: topic }) : {},
      evidence_urls:
        (verification === VerificationLevel.VERIFIED || verification === VerificationLevel.DECLARED_BY_ADOPTER) &&
        rng.chance(0.6)
          ? [`https://synthetic.example/evidence/${id}`]
          : [],
      verification,
      declared_by: null,
      last_confirmed_at: rng.chance(0.7)
        ? isoTimestamp(since + Math.floor(rng.float() * (AS_OF - since)), rng.int(0, 86_399))
        : null,
    });
  }
}
