import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import {
  CreateDeliverableInput,
  CreateReleaseInput,
  UpdateDeliverableInput,
  UpdateReleaseInput,
} from './deliverable.inputs.js';
import { deliverableById, releaseById } from './deliverable.loaders.js';
import * as service from './deliverable.service.js';
import { DeliverableView, ReleaseView } from './deliverable.types.js';

/** Deliverable and release mutations; files go to POST /api/files?release=<id>. */
@Resolver()
export class DeliverableMutations {
  @Authorized()
  @Mutation(() => DeliverableView, { description: 'Adds a deliverable to a project the caller may edit.' })
  async createDeliverable(
    @Arg('input', () => CreateDeliverableInput) input: CreateDeliverableInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await deliverableById(ctx).load((await service.createDeliverable(ctx, input, key))!))!;
  }

  @Authorized()
  @Mutation(() => DeliverableView, { description: 'Edits a deliverable; a stale expectedVersion is a CONFLICT.' })
  async updateDeliverable(
    @Arg('input', () => UpdateDeliverableInput) input: UpdateDeliverableInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await deliverableById(ctx).load((await service.updateDeliverable(ctx, input, key))!))!;
  }

  @Authorized()
  @Mutation(() => ReleaseView, {
    description: 'Publishes a release; upload its files to POST /api/files?release=<id>.',
  })
  async createRelease(
    @Arg('input', () => CreateReleaseInput) input: CreateReleaseInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await releaseById(ctx).load((await service.createRelease(ctx, input, key))!))!;
  }

  @Authorized()
  @Mutation(() => ReleaseView, { description: "Edits a release's version label, date, notes or links." })
  async updateRelease(
    @Arg('input', () => UpdateReleaseInput) input: UpdateReleaseInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await releaseById(ctx).load((await service.updateRelease(ctx, input, key))!))!;
  }
}
