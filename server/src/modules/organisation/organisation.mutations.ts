import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import { mergeOrganisations, MergeOrganisationsInput } from './organisation-merge.service.js';
import { organisationById } from './organisation.loaders.js';
import { OrganisationView } from './organisation.types.js';

/** Curation of organisations. */
@Resolver()
export class OrganisationMutations {
  @Authorized('ADMIN')
  @Mutation(() => OrganisationView, {
    description: 'Curators: merges a duplicate into the record that stays (links move, names become aliases).',
  })
  async mergeOrganisations(
    @Arg('input', () => MergeOrganisationsInput) input: MergeOrganisationsInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await organisationById(ctx).load((await mergeOrganisations(ctx, input, key))!))!;
  }
}
