import { OrganisationKind, ParticipationRole } from '../../domain/enums.js';
import type { Context } from './context.js';
import type { Stamps } from './dates.js';
import type { Municipality } from './reference.js';
import { render, type Langs } from './text.js';
import { CONTRIBUTIONS } from './vocabulary.js';

export interface Lead {
  id: string;
  municipality: Municipality | null;
}

/** An organisation taking part in a project; municipalities are remembered for adoptions. */
export interface Participant {
  id: string;
  municipality: Municipality | null;
}

const MUNICIPAL_ROLES: ReadonlyArray<readonly [ParticipationRole, number]> = [
  [ParticipationRole.PARTNER, 70],
  [ParticipationRole.PILOT, 15],
  [ParticipationRole.STEERING_GROUP, 5],
  [ParticipationRole.OBSERVER, 10],
];

/** Roles other bodies play, by kind: ministries steer, agencies advise, companies deliver. */
const OTHER_ROLES: Partial<Record<OrganisationKind, ReadonlyArray<readonly [ParticipationRole, number]>>> = {
  MINISTRY: [
    [ParticipationRole.STEERING_GROUP, 3],
    [ParticipationRole.OBSERVER, 2],
    [ParticipationRole.FUNDER, 1],
  ],
  STATE_AGENCY: [
    [ParticipationRole.EXPERT_PARTNER, 4],
    [ParticipationRole.STEERING_GROUP, 1],
    [ParticipationRole.OBSERVER, 1],
  ],
  COMPANY: [
    [ParticipationRole.SOFTWARE_VENDOR, 3],
    [ParticipationRole.CONSULTANT, 2],
    [ParticipationRole.PARTNER, 1],
  ],
  IN_HOUSE_COMPANY: [
    [ParticipationRole.SOFTWARE_VENDOR, 2],
    [ParticipationRole.PARTNER, 2],
  ],
  UNIVERSITY: [
    [ParticipationRole.EXPERT_PARTNER, 3],
    [ParticipationRole.PARTNER, 1],
  ],
  ASSOCIATION: [
    [ParticipationRole.EXPERT_PARTNER, 2],
    [ParticipationRole.STEERING_GROUP, 1],
    [ParticipationRole.OBSERVER, 1],
  ],
};
const DEFAULT_OTHER_ROLES: ReadonlyArray<readonly [ParticipationRole, number]> = [
  [ParticipationRole.PARTNER, 3],
  [ParticipationRole.STEERING_GROUP, 1],
];

/** The lead: usually a municipality (weighted by population), sometimes a joint authority or council. */
export function pickLead(ctx: Context): Lead {
  if (ctx.leadOthers.length > 0 && ctx.rng.chance(0.03)) {
    const other = ctx.rng.pick(ctx.leadOthers);
    return { id: other.id, municipality: null };
  }
  const m = ctx.municipalities.draw(ctx.rng);
  return { id: m.id, municipality: m };
}

/** 3-12 participants, mostly from the lead's region, exactly one of them LEAD_APPLICANT. */
export function emitParticipations(
  ctx: Context,
  projectId: string,
  lead: Lead,
  homeRegion: string,
  langs: Langs,
  dates: { from: string | null; to: string | null },
  at: Stamps,
): Participant[] {
  const { rng } = ctx;
  const size = Math.min(12, 3 + Math.floor(rng.exponential(2.8)));
  const others =
    ctx.partnerOthers.length && rng.chance(0.4)
      ? rng.sample(
          ctx.partnerOthers.filter((o) => o.id !== lead.id),
          rng.int(1, 2),
        )
      : [];
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

  const out: Participant[] = [{ id: lead.id, municipality: lead.municipality }];
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
