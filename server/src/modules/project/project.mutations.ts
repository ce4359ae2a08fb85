import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import {
  CreateProjectInput,
  LessonLearnedInput,
  ParticipantInput,
  ProjectLinkInput,
  SetProjectArchivedInput,
  UpdateProjectInput,
} from './project.inputs.js';
import { lessonById, projectById } from './project.loaders.js';
import * as service from './project.service.js';
import { LessonLearnedView, ProjectView } from './project.types.js';

/** Project mutations: thin, the service checks, changes and audits; the answer comes from the read path. */
@Resolver()
export class ProjectMutations {
  private async project(ctx: Context, id: string | null) {
    return (await projectById(ctx).load(id!))!;
  }

  @Authorized()
  @Mutation(() => ProjectView, {
    description: 'Starts a project for an organisation; a signed-in creator becomes its LEAD.',
  })
  async createProject(
    @Arg('input', () => CreateProjectInput) input: CreateProjectInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.project(ctx, await service.createProject(ctx, input, key));
  }

  @Authorized()
  @Mutation(() => ProjectView, { description: 'Edits a project; a stale expectedVersion is a CONFLICT.' })
  async updateProject(
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.project(ctx, await service.updateProject(ctx, input, key));
  }

  @Authorized('USER')
  @Mutation(() => ProjectView, { description: 'Archives (edits stop) or restores a project: its LEADs and curators.' })
  async setProjectArchived(
    @Arg('input', () => SetProjectArchivedInput) input: SetProjectArchivedInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.project(ctx, await service.setProjectArchived(ctx, input, key));
  }

  @Authorized()
  @Mutation(() => ProjectView, { description: 'Adds an organisation to a project in a role.' })
  async addParticipant(
    @Arg('input', () => ParticipantInput) input: ParticipantInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.project(ctx, await service.addParticipant(ctx, input, key));
  }

  @Authorized()
  @Mutation(() => ProjectView, { description: "Removes an organisation's role from a project." })
  async removeParticipant(
    @Arg('input', () => ParticipantInput) input: ParticipantInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.project(ctx, await service.removeParticipant(ctx, input, key));
  }

  @Authorized()
  @Mutation(() => ProjectView, {
    description: 'Links `from` to `to` (continues, derived from, supersedes); returns `from`.',
  })
  async addProjectLink(
    @Arg('input', () => ProjectLinkInput) input: ProjectLinkInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.project(ctx, await service.addProjectLink(ctx, input, key));
  }

  @Authorized()
  @Mutation(() => ProjectView, { description: 'Removes a project link; returns `from`.' })
  async removeProjectLink(
    @Arg('input', () => ProjectLinkInput) input: ProjectLinkInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.project(ctx, await service.removeProjectLink(ctx, input, key));
  }

  @Authorized()
  @Mutation(() => LessonLearnedView, { description: 'Records a lesson the project learned.' })
  async addLessonLearned(
    @Arg('input', () => LessonLearnedInput) input: LessonLearnedInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    const id = await service.addLessonLearned(ctx, input, key);
    return (await lessonById(ctx).load(id!))!;
  }

  @Authorized()
  @Mutation(() => ProjectView, { description: 'Deletes a lesson; returns its project.' })
  async removeLessonLearned(
    @Arg('id', () => ID) id: string,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.project(ctx, await service.removeLessonLearned(ctx, id, key));
  }
}
