import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import { serviceUseById } from './national-service.loaders.js';
import { ServiceUseView } from './national-service.types.js';
import { LinkNationalServiceInput } from './service-use.inputs.js';
import { linkNationalService, unlinkNationalService } from './service-use.service.js';

@Resolver()
export class ServiceUseMutations {
  @Authorized()
  @Mutation(() => ServiceUseView, {
    description: 'Records that a project or deliverable uses a national service, and how.',
  })
  async linkNationalService(
    @Arg('input', () => LinkNationalServiceInput) input: LinkNationalServiceInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await serviceUseById(ctx).load((await linkNationalService(ctx, input, key))!))!;
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Removes a recorded use of a national service; returns its id.' })
  async unlinkNationalService(
    @Arg('id', () => ID) id: string,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return toGlobalId('ServiceUse', (await unlinkNationalService(ctx, id, key))!);
  }
}
