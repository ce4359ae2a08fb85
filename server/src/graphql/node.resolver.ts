import type DataLoader from 'dataloader';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { nodeLoaders } from '../modules/node-loaders.js';
import type { Context } from './context.js';
import { BadUserInputError, NotFoundError } from './errors.js';
import { fromGlobalId } from './global-id.js';
import type { ViewRow } from './loaders.js';
import { Node } from './relay.js';

async function load(ctx: Context, id: string, argumentName: string): Promise<ViewRow> {
  const { type, id: uuid } = fromGlobalId(id, argumentName, Object.keys(nodeLoaders));
  const loader: DataLoader<string, ViewRow | null> = nodeLoaders[type](ctx);
  const row = await loader.load(uuid);
  if (!row) throw new NotFoundError(argumentName, `No ${type} with id ${id}.`);
  return row;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return load(ctx, id, 'id');
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Fetches objects by global ids (at most 100), in the same order; an unknown id gives null and a NOT_FOUND error.',
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > 100) throw new BadUserInputError('ids', '"ids" may hold at most 100 ids.');
    return Promise.all(ids.map((id, i) => load(ctx, id, `ids[${i}]`).catch((e: Error) => e)));
  }
}
