import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import { deliverableById } from '../deliverable/deliverable.loaders.js';
import { DeliverableView } from '../deliverable/deliverable.types.js';
import { AdoptionVersionInput, DeclareAdoptionInput, UpdateAdoptionInput } from './adoption.inputs.js';
import { adoptionById } from './adoption.loaders.js';
import * as service from './adoption.service.js';
import { AdoptionView } from './adoption.types.js';

/** "We adopted this": declarations, their confirmation by the adopter and their verification by curators. */
@Resolver()
export class AdoptionMutations {
  private async adoption(ctx: Context, id: string | null) {
    return (await adoptionById(ctx).load(id!))!;
  }

  @Authorized()
  @Mutation(() => AdoptionView, {
    description:
      'Declares an adoption. By a member of the adopting organisation it counts as reuse (DECLARED_BY_ADOPTER); by the producers or anyone else it is a claim.',
  })
  async declareAdoption(
    @Arg('input', () => DeclareAdoptionInput) input: DeclareAdoptionInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.adoption(ctx, await service.declareAdoption(ctx, input, key));
  }

  @Authorized()
  @Mutation(() => AdoptionView, {
    description: 'Edits an adoption: the adopter, a curator, or the declarer of a claim.',
  })
  async updateAdoption(
    @Arg('input', () => UpdateAdoptionInput) input: UpdateAdoptionInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.adoption(ctx, await service.updateAdoption(ctx, input, key));
  }

  @Authorized()
  @Mutation(() => DeliverableView, { description: 'Withdraws an adoption; returns the deliverable.' })
  async withdrawAdoption(
    @Arg('input', () => AdoptionVersionInput) input: AdoptionVersionInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await deliverableById(ctx).load((await service.withdrawAdoption(ctx, input, key))!))!;
  }

  @Authorized()
  @Mutation(() => AdoptionView, {
    description: 'The adopting organisation confirms the adoption (a claim becomes its declaration).',
  })
  async confirmAdoption(
    @Arg('input', () => AdoptionVersionInput) input: AdoptionVersionInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.adoption(ctx, await service.confirmAdoption(ctx, input, key));
  }

  @Authorized('ADMIN')
  @Mutation(() => AdoptionView, { description: 'Curators: the evidence was checked, the adoption is VERIFIED.' })
  async verifyAdoption(
    @Arg('input', () => AdoptionVersionInput) input: AdoptionVersionInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.adoption(ctx, await service.verifyAdoption(ctx, input, key));
  }
}
