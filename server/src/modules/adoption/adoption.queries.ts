import { Conditions, filterIds } from '../../graphql/conditions.js';
import type { ListQuery } from '../../graphql/keyset.js';
import type { ViewSpec } from '../../graphql/loaders.js';
import type { AdoptionFilter } from './adoption.types.js';
import { ORGANISATION } from '../organisation/organisation.queries.js';

/**
 * Only DECLARED_BY_ADOPTER and VERIFIED count as reuse (DOMAIN.md), and only by another
 * organisation than the deliverable's producers: its own use is not reuse (by_producer).
 */
export const COUNTS_AS_REUSE = `(t.verification in ('DECLARED_BY_ADOPTER', 'VERIFIED') and not t.by_producer)`;

export const ADOPTION: ViewSpec = {
  typename: 'Adoption',
  from: 'adoption t',
  columns: `t.id as uuid, t.status, t.mode, t.since::text as since, t.until::text as until, t.instance_url as "instanceUrl",
    t.use_case as "useCaseTranslations", t.evidence_urls as "evidenceUrls", t.verification, ${COUNTS_AS_REUSE} as "countsAsReuse", t.by_producer as "byProducer",
    to_char(t.last_confirmed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastConfirmedAt", t.provenance, t.version,
    t.organisation_id as "organisationId", t.deliverable_id as "deliverableId", t.via_project_id as "viaProjectId"`,
  embeds: { organisation: { view: () => ORGANISATION, fk: 't.organisation_id' } },
};

/** Verified first, then declared by the adopter, then claims; newest first within each. */
export const ADOPTION_ORDER = `case t.verification when 'VERIFIED' then 0 when 'DECLARED_BY_ADOPTER' then 1 when 'DECLARED_BY_PUBLISHER' then 2 else 3 end, t.since desc nulls last, t.id`;

export function adoptionFilter(f: AdoptionFilter | null | undefined): Pick<ListQuery, 'where' | 'params'> {
  const c = new Conditions();
  if (!f) return c.build();
  if (f.countsAsReuse != null) c.raw(f.countsAsReuse ? COUNTS_AS_REUSE : `not (${COUNTS_AS_REUSE})`);
  return c
    .anyOf(f.status, 't.status = any(?::text[])')
    .anyOf(f.verification, 't.verification = any(?::text[])')
    .anyOf(filterIds(f.organisation, 'organisation', 'Organisation'), 't.organisation_id = any(?::uuid[])')
    .anyOf(filterIds(f.deliverable, 'deliverable', 'Deliverable'), 't.deliverable_id = any(?::uuid[])')
    .build();
}
