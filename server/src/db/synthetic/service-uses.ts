import { NationalServiceKind, ServiceRelation } from '../../domain/enums.js';
import type { Context } from './context.js';
import type { Hub } from './reference.js';
import { render, type Langs } from './text.js';
import { SERVICE_USE_TEXT } from './vocabulary.js';

/** The ways a service of each kind is used, so relations read as in real records. */
const RELATIONS: Record<string, ServiceRelation[]> = {
  [NationalServiceKind.IDENTIFICATION]: [ServiceRelation.AUTHENTICATES_WITH],
  [NationalServiceKind.AUTHORISATION]: [ServiceRelation.AUTHORISES_WITH],
  [NationalServiceKind.MESSAGING]: [ServiceRelation.NOTIFIES_VIA],
  [NationalServiceKind.PAYMENTS]: [ServiceRelation.PAYS_WITH],
  [NationalServiceKind.DATA_EXCHANGE_LAYER]: [ServiceRelation.EXCHANGES_DATA_VIA],
  [NationalServiceKind.SERVICE_CATALOGUE]: [ServiceRelation.PUBLISHES_TO, ServiceRelation.DESCRIBED_IN],
  [NationalServiceKind.E_PERMIT_PLATFORM]: [ServiceRelation.USES, ServiceRelation.EXCHANGES_DATA_VIA],
  [NationalServiceKind.NATIONAL_INFORMATION_SYSTEM]: [ServiceRelation.PUBLISHES_TO, ServiceRelation.CONSUMES_FROM],
  [NationalServiceKind.INTEROPERABILITY_PLATFORM]: [
    ServiceRelation.PUBLISHES_TO,
    ServiceRelation.CONSUMES_FROM,
    ServiceRelation.DESCRIBED_IN,
  ],
  [NationalServiceKind.GEOSPATIAL_PLATFORM]: [ServiceRelation.CONSUMES_FROM, ServiceRelation.PUBLISHES_TO],
  [NationalServiceKind.OPEN_DATA_PORTAL]: [ServiceRelation.PUBLISHES_TO, ServiceRelation.CONSUMES_FROM],
};

/** `count` distinct hubs, mostly from the preferred ones (the topic's), the rest from all. */
export function pickHubs(ctx: Context, preferred: Hub[], all: Hub[], count: number): Hub[] {
  const chosen = new Map<string, Hub>();
  for (let attempts = 0; chosen.size < count && attempts < count * 10; attempts++) {
    const hub = ctx.rng.pick(ctx.rng.chance(0.7) ? preferred : all);
    if (!chosen.has(hub.id)) chosen.set(hub.id, hub);
  }
  for (const hub of all) {
    if (chosen.size >= count) break;
    if (!chosen.has(hub.id)) chosen.set(hub.id, hub);
  }
  return [...chosen.values()];
}

/** Service-use rows of one project or one deliverable (exactly one owner, as the table requires). */
export function emitServiceUses(
  ctx: Context,
  owner: { project_id: string | null; deliverable_id: string | null },
  services: Hub[],
  langs: Langs,
  createdAt: string,
): void {
  for (const service of services) {
    const relation = ctx.rng.pick(RELATIONS[service.kind] ?? [ServiceRelation.USES]);
    ctx.writer.add('service_use', {
      id: ctx.nextId('service_use'),
      created_at: createdAt,
      updated_at: createdAt,
      ...owner,
      service_id: service.id,
      relation,
      description: ctx.rng.chance(0.7) ? render(langs, [SERVICE_USE_TEXT[relation]]) : {},
      evidence_url: null,
    });
  }
}
