import type { EntityManager } from '@mikro-orm/postgresql';
import { AdoptionStatus, VerificationLevel } from '../../domain/enums.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { toLocalized } from '../../graphql/inputs.js';
import { clean, validateInput } from '../../graphql/validation.js';
import { changes, checkVersion, runWrite } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { authorize } from '../auth/auth.policy.js';
import { Deliverable } from '../deliverable/deliverable.entity.js';
import { deliverableFacts } from '../deliverable/deliverable.policy.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { idOf, userSupplied } from '../project/project.service.js';
import { Adoption } from './adoption.entity.js';
import type { AdoptionVersionInput, DeclareAdoptionInput, UpdateAdoptionInput } from './adoption.inputs.js';
import {
  actsForOrganisation,
  canChangeAdoption,
  declarationLevel,
  declarerId,
  levelAfterEdit,
} from './adoption.policy.js';

// Adoption declarations: who says it decides how much it counts (adoption.policy.ts).

function snapshot(a: Adoption): Record<string, unknown> {
  return {
    status: a.status,
    mode: a.mode ?? null,
    since: a.since ?? null,
    until: a.until ?? null,
    viaProject: a.viaProject?.id ?? null,
    instanceUrl: a.instanceUrl ?? null,
    useCase: a.useCase,
    evidenceUrls: a.evidenceUrls,
    verification: a.verification,
  };
}

type Patch = Omit<UpdateAdoptionInput, 'id' | 'expectedVersion'>;

async function applyFields(em: EntityManager, a: Adoption, input: Patch) {
  const has = (k: keyof Patch) => input[k] !== undefined;
  if (has('status')) {
    if (input.status === null) throw new BadUserInputError('input', '"status" cannot be cleared.', 'status');
    a.status = input.status!;
  }
  if (has('mode')) a.mode = input.mode ?? null;
  if (has('since')) a.since = input.since ?? null;
  if (has('until')) a.until = input.until ?? null;
  if (has('instanceUrl')) a.instanceUrl = clean(input.instanceUrl) ?? null;
  if (has('useCase')) a.useCase = toLocalized(input.useCase);
  if (has('evidenceUrls')) a.evidenceUrls = [...new Set(input.evidenceUrls ?? [])];
  if (has('viaProject')) {
    if (input.viaProject) {
      const id = idOf(input.viaProject, 'viaProject', ['Project']);
      const rows = await em.getConnection().execute(`select 1 from project where id = ?`, [id], 'all');
      if (!rows.length) throw new NotFoundError('viaProject', 'No project with this id (viaProject).');
      a.viaProject = em.getReference(Project, id);
    } else a.viaProject = null;
  }
  if (a.since && a.until && a.since > a.until) {
    throw new BadUserInputError('input', '"until" must not be before "since".', 'until');
  }
  // A use being piloted, in production or ended has begun: its start is not in the future (a
  // planned or evaluated one may give the day it is to begin).
  const today = new Date().toISOString().slice(0, 10);
  if (a.since && a.since > today && STARTED.has(a.status)) {
    throw new BadUserInputError(
      'input',
      `"since" must not be after today (${today}) for a use that is ${a.status.toLowerCase().replace('_', ' ')}.`,
      'since',
    );
  }
}

/** The statuses of a use that has begun. */
const STARTED = new Set([AdoptionStatus.PILOTING, AdoptionStatus.IN_PRODUCTION, AdoptionStatus.DISCONTINUED]);

/**
 * Declares that an organisation adopted a deliverable. Said by the adopter it counts as reuse;
 * said by the producers or anyone else it is shown as a claim until the adopter confirms it.
 */
export async function declareAdoption(ctx: Context, input: DeclareAdoptionInput, idem?: string | null) {
  await validateInput('input', input);
  const deliverableId = idOf(input.deliverable, 'deliverable', ['Deliverable']);
  const orgId = idOf(input.organisation, 'organisation', ['Organisation']);
  return runWrite(
    ctx,
    { operation: 'declareAdoption', idempotencyKey: idem, args: input },
    async ({ em, viewer, actor }) => {
      const facts = await deliverableFacts(em, deliverableId, 'deliverable');
      const org = await em.getConnection().execute(`select 1 from organisation where id = ?`, [orgId], 'all');
      if (!org.length) throw new NotFoundError('organisation', 'No organisation with this id (organisation).');
      const existing = await em.count(Adoption, { organisation: orgId, deliverable: deliverableId });
      if (existing) {
        throw new ConflictError(
          'This organisation already has an adoption of this deliverable: update or confirm that one.',
          { argumentName: 'input', field: 'organisation' },
        );
      }
      const a = new Adoption();
      a.organisation = em.getReference(Organisation, orgId);
      a.deliverable = em.getReference(Deliverable, deliverableId);
      a.verification = declarationLevel(viewer, orgId, facts);
      a.declaredBy = declarerId(viewer);
      a.provenance = userSupplied();
      await applyFields(em, a, input);
      if (a.verification === VerificationLevel.DECLARED_BY_ADOPTER) a.lastConfirmedAt = new Date();
      em.persist(a);
      audit(em, actor, {
        action: 'adoption.declare',
        nodeType: 'Adoption',
        nodeId: a.id,
        after: { organisation: orgId, deliverable: deliverableId, ...snapshot(a) },
      });
      return a.id;
    },
  );
}

async function loadAdoption(em: EntityManager, id: string): Promise<Adoption> {
  const a = await em.findOne(Adoption, id);
  if (!a) throw new NotFoundError('id', 'No adoption with this id.');
  return a;
}

const factsOf = (a: Adoption) => ({
  organisationId: a.organisation.id,
  verification: a.verification,
  declaredBy: a.declaredBy ?? null,
});

export async function updateAdoption(ctx: Context, input: UpdateAdoptionInput, idem?: string | null) {
  await validateInput('input', input);
  const id = idOf(input.id, 'id', ['Adoption']);
  return runWrite(
    ctx,
    { operation: 'updateAdoption', idempotencyKey: idem, args: input },
    async ({ em, viewer, actor }) => {
      const a = await loadAdoption(em, id);
      authorize(canChangeAdoption(viewer, factsOf(a)), 'Only the adopting organisation or a curator can change this.');
      checkVersion(a, input.expectedVersion);
      const before = snapshot(a);
      await applyFields(em, a, input);
      a.verification = levelAfterEdit(viewer, factsOf(a));
      if (actsForOrganisation(viewer, a.organisation.id)) a.lastConfirmedAt = new Date();
      const diff = changes(before, snapshot(a));
      if (diff) {
        a.updatedAt = new Date();
        audit(em, actor, { action: 'adoption.update', nodeType: 'Adoption', nodeId: a.id, ...diff });
      }
      return a.id;
    },
  );
}

/** Withdraws a declaration (the row goes; the audit log keeps what it said). Returns the deliverable. */
export async function withdrawAdoption(ctx: Context, input: AdoptionVersionInput, idem?: string | null) {
  await validateInput('input', input);
  const id = idOf(input.id, 'id', ['Adoption']);
  return runWrite(
    ctx,
    { operation: 'withdrawAdoption', idempotencyKey: idem, args: input },
    async ({ em, viewer, actor }) => {
      const a = await loadAdoption(em, id);
      authorize(
        canChangeAdoption(viewer, factsOf(a)),
        'Only the adopting organisation or a curator can withdraw this.',
      );
      checkVersion(a, input.expectedVersion);
      const deliverableId = a.deliverable.id;
      audit(em, actor, {
        action: 'adoption.withdraw',
        nodeType: 'Adoption',
        nodeId: a.id,
        before: { organisation: a.organisation.id, deliverable: deliverableId, ...snapshot(a) },
      });
      em.remove(a);
      return deliverableId;
    },
  );
}

/** The adopter confirms it still uses it (a claim becomes their declaration). */
export async function confirmAdoption(ctx: Context, input: AdoptionVersionInput, idem?: string | null) {
  await validateInput('input', input);
  const id = idOf(input.id, 'id', ['Adoption']);
  return runWrite(
    ctx,
    { operation: 'confirmAdoption', idempotencyKey: idem, args: input },
    async ({ em, viewer, actor }) => {
      const a = await loadAdoption(em, id);
      authorize(actsForOrganisation(viewer, a.organisation.id), 'Only the adopting organisation can confirm this.');
      checkVersion(a, input.expectedVersion);
      const before = snapshot(a);
      if (a.verification !== VerificationLevel.VERIFIED) a.verification = VerificationLevel.DECLARED_BY_ADOPTER;
      a.lastConfirmedAt = new Date();
      a.updatedAt = new Date();
      audit(em, actor, {
        action: 'adoption.confirm',
        nodeType: 'Adoption',
        nodeId: a.id,
        before: { verification: before.verification },
        after: { verification: a.verification, lastConfirmedAt: a.lastConfirmedAt.toISOString() },
      });
      return a.id;
    },
  );
}

/** A curator checked the evidence: VERIFIED. */
export async function verifyAdoption(ctx: Context, input: AdoptionVersionInput, idem?: string | null) {
  await validateInput('input', input);
  const id = idOf(input.id, 'id', ['Adoption']);
  return runWrite(ctx, { operation: 'verifyAdoption', idempotencyKey: idem, args: input }, async ({ em, actor }) => {
    const a = await loadAdoption(em, id);
    checkVersion(a, input.expectedVersion);
    if (a.evidenceUrls.length === 0) {
      throw new BadUserInputError('input', 'An adoption without evidence URLs cannot be verified.', 'id');
    }
    const before = a.verification;
    a.verification = VerificationLevel.VERIFIED;
    a.updatedAt = new Date();
    audit(em, actor, {
      action: 'adoption.verify',
      nodeType: 'Adoption',
      nodeId: a.id,
      before: { verification: before },
      after: { verification: a.verification },
    });
    return a.id;
  });
}
