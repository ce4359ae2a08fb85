import { Field, ID, InputType } from 'type-graphql';
import { ProjectSpecificationRelation } from '../../domain/enums.js';
import type { Context } from '../../graphql/context.js';
import { ConflictError, NotFoundError } from '../../graphql/errors.js';
import { runWrite } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { Project } from '../project/project.entity.js';
import { authorizeProjectEdit, projectFacts } from '../project/project.policy.js';
import { idOf, userSupplied } from '../project/project.service.js';
import { ProjectSpecification } from './project-specification.entity.js';
import { Specification } from './specification.entity.js';

@InputType('ProjectSpecificationInput')
export class ProjectSpecificationInput {
  @Field(() => ID)
  project!: string;

  @Field(() => ID)
  specification!: string;

  @Field(() => ProjectSpecificationRelation, { description: 'APPLIED or PUBLISHED.' })
  relation!: ProjectSpecificationRelation;
}

/** Links (or, with `remove`, unlinks) a specification a project applied or published; returns the project. */
export async function setProjectSpecification(
  ctx: Context,
  input: ProjectSpecificationInput,
  remove: boolean,
  idem?: string | null,
) {
  const projectId = idOf(input.project, 'project', ['Project']);
  const specId = idOf(input.specification, 'specification', ['Specification']);
  const operation = remove ? 'unlinkSpecification' : 'linkSpecification';
  return runWrite(ctx, { operation, idempotencyKey: idem, args: input }, async ({ em, viewer, actor }) => {
    authorizeProjectEdit(viewer, await projectFacts(em, projectId, 'project'));
    const found = await em.getConnection().execute(`select 1 from specification where id = ?`, [specId], 'all');
    if (!found.length) throw new NotFoundError('specification', 'No specification with this id (specification).');
    const where = { project: projectId, specification: specId, relation: input.relation };
    const row = await em.findOne(ProjectSpecification, where);
    if (remove) {
      if (!row) throw new NotFoundError('input', 'The project has no such link to the specification.');
      em.remove(row);
    } else {
      if (row)
        throw new ConflictError('The project is already linked so to the specification.', { argumentName: 'input' });
      const link = new ProjectSpecification();
      Object.assign(link, {
        project: em.getReference(Project, projectId),
        specification: em.getReference(Specification, specId),
        relation: input.relation,
        provenance: userSupplied(),
      });
      em.persist(link);
    }
    const change = { specification: specId, relation: input.relation };
    audit(em, actor, {
      action: `project.${operation}`,
      nodeType: 'Project',
      nodeId: projectId,
      ...(remove ? { before: change } : { after: change }),
    });
    return projectId;
  });
}
