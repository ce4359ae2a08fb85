import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { toLocalized } from '../../graphql/inputs.js';
import { clean, validateInput } from '../../graphql/validation.js';
import { runWrite, type WriteScope } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { Deliverable } from '../deliverable/deliverable.entity.js';
import { authorizeDeliverableEdit, deliverableFacts } from '../deliverable/deliverable.policy.js';
import { Project } from '../project/project.entity.js';
import { authorizeProjectEdit, projectFacts } from '../project/project.policy.js';
import { idOf, userSupplied } from '../project/project.service.js';
import type { LinkNationalServiceInput } from './service-use.inputs.js';
import { NationalService } from './national-service.entity.js';
import { ServiceUse } from './service-use.entity.js';

/** The project or deliverable that uses the service, checked editable. */
async function user(scope: WriteScope, owner: { project?: string; deliverable?: string }) {
  if (owner.project) authorizeProjectEdit(scope.viewer, await projectFacts(scope.em, owner.project, 'project'));
  else authorizeDeliverableEdit(scope.viewer, await deliverableFacts(scope.em, owner.deliverable!, 'deliverable'));
}

function ownerOf(input: LinkNationalServiceInput): { project?: string; deliverable?: string } {
  if ((input.project == null) === (input.deliverable == null)) {
    throw new BadUserInputError('input', 'Give exactly one of "project" and "deliverable".', 'project');
  }
  return input.project
    ? { project: idOf(input.project, 'project', ['Project']) }
    : { deliverable: idOf(input.deliverable!, 'deliverable', ['Deliverable']) };
}

/** Records that a project or deliverable uses a national service, and how. */
export async function linkNationalService(ctx: Context, input: LinkNationalServiceInput, idem?: string | null) {
  await validateInput('input', input);
  const owner = ownerOf(input);
  const serviceId = idOf(input.service, 'service', ['NationalService']);
  return runWrite(ctx, { operation: 'linkNationalService', idempotencyKey: idem, args: input }, async (scope) => {
    await user(scope, owner);
    const found = await scope.em
      .getConnection()
      .execute(`select 1 from national_service where id = ?`, [serviceId], 'all');
    if (!found.length) throw new NotFoundError('service', 'No national service with this id (service).');
    const dup = await scope.em.count(ServiceUse, { ...owner, service: serviceId, relation: input.relation });
    if (dup) throw new ConflictError('This use of the service is already recorded.', { argumentName: 'input' });
    const use = new ServiceUse();
    Object.assign(use, {
      project: owner.project ? scope.em.getReference(Project, owner.project) : null,
      deliverable: owner.deliverable ? scope.em.getReference(Deliverable, owner.deliverable) : null,
      service: scope.em.getReference(NationalService, serviceId),
      relation: input.relation,
      description: toLocalized(input.description),
      evidenceUrl: clean(input.evidenceUrl) ?? null,
      provenance: userSupplied(),
    });
    scope.em.persist(use);
    audit(scope.em, scope.actor, {
      action: 'serviceUse.create',
      nodeType: owner.project ? 'Project' : 'Deliverable',
      nodeId: (owner.project ?? owner.deliverable)!,
      after: { serviceUse: use.id, service: serviceId, relation: input.relation },
    });
    return use.id;
  });
}

/** Removes a recorded use of a national service; returns the id of the project or deliverable. */
export async function unlinkNationalService(ctx: Context, id: string, idem?: string | null) {
  const useId = idOf(id, 'id', ['ServiceUse']);
  return runWrite(ctx, { operation: 'unlinkNationalService', idempotencyKey: idem, args: { id } }, async (scope) => {
    const use = await scope.em.findOne(ServiceUse, useId);
    if (!use) throw new NotFoundError('id', 'No such use of a national service.');
    const owner = use.project ? { project: use.project.id } : { deliverable: use.deliverable!.id };
    await user(scope, owner);
    scope.em.remove(use);
    audit(scope.em, scope.actor, {
      action: 'serviceUse.delete',
      nodeType: owner.project ? 'Project' : 'Deliverable',
      nodeId: (owner.project ?? owner.deliverable)!,
      before: { serviceUse: use.id, service: use.service.id, relation: use.relation },
    });
    return use.id;
  });
}
