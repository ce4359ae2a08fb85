import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import { projectById } from '../project/project.loaders.js';
import { ProjectView } from '../project/project.types.js';
import { ProjectSpecificationInput, setProjectSpecification } from './project-specification.service.js';

@Resolver()
export class ProjectSpecificationMutations {
  @Authorized()
  @Mutation(() => ProjectView, { description: 'Records that a project applied or published a specification.' })
  async linkSpecification(
    @Arg('input', () => ProjectSpecificationInput) input: ProjectSpecificationInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await projectById(ctx).load((await setProjectSpecification(ctx, input, false, key))!))!;
  }

  @Authorized()
  @Mutation(() => ProjectView, { description: "Removes a project's link to a specification." })
  async unlinkSpecification(
    @Arg('input', () => ProjectSpecificationInput) input: ProjectSpecificationInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await projectById(ctx).load((await setProjectSpecification(ctx, input, true, key))!))!;
  }
}
