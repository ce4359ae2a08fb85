import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Lang } from '../../domain/enums.js';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import { ConnectionType, Node, PageArgs } from '../../graphql/relay.js';
import { ViewerView } from '../auth/auth.types.js';
import * as service from './notification.service.js';
import {
  DigestFrequency,
  EmailDigestView,
  FollowView,
  NotificationConnection,
  NotificationView,
} from './notification.types.js';

export const FollowConnection = ConnectionType('Follow', FollowView);

/** The user's id of a viewer view (null for an API key). */
function userIdOf(ctx: Context): string | null {
  return ctx.viewer?.kind === 'USER' ? ctx.viewer.userId : null;
}

@Resolver(() => ViewerView)
export class ViewerNotificationsResolver {
  @FieldResolver(() => FollowConnection, {
    nullable: true,
    description: 'What the user follows, newest first (null for an API key).',
  })
  follows(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const userId = userIdOf(ctx);
    return userId ? service.follows(ctx, userId, page.first, page.after) : null;
  }

  @FieldResolver(() => NotificationConnection, {
    nullable: true,
    description: 'Changes to what the user follows, newest first (null for an API key).',
  })
  notifications(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    const userId = userIdOf(ctx);
    return userId ? service.notifications(ctx, userId, page.first, page.after, unreadOnly) : null;
  }

  @FieldResolver(() => EmailDigestView, { nullable: true, description: 'E-mail digest setting (null for an API key).' })
  emailDigest(@Root() _v: ViewerView, @Ctx() ctx: Context) {
    const userId = userIdOf(ctx);
    return userId ? service.emailDigest(ctx, userId) : null;
  }
}

@Resolver(() => FollowView)
export class FollowResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The followed node (null when it was removed).' })
  node(@Root() f: FollowView, @Ctx() ctx: Context) {
    return service.nodeOf(ctx, f.nodeType, f.nodeUuid);
  }
}

@Resolver(() => NotificationView)
export class NotificationResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The changed node (null when it was removed).' })
  node(@Root() n: NotificationView, @Ctx() ctx: Context) {
    return service.nodeOf(ctx, n.nodeType, n.nodeUuid);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The followed node the change concerns.' })
  followed(@Root() n: NotificationView, @Ctx() ctx: Context) {
    return service.nodeOf(ctx, n.followedType, n.followedUuid);
  }
}

@Resolver()
export class NotificationMutations {
  @Authorized('USER')
  @Mutation(() => FollowView, {
    description:
      'Follows a node: its changes (and those of its deliverables, releases, adoptions) become notifications. Idempotent.',
  })
  async follow(
    @Arg('node', () => ID) node: string,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ): Promise<FollowView> {
    const id = await service.follow(ctx, node, key);
    const row = await ctx.sql.one<{ node_type: string; node_id: string; at: string }>(
      `select node_type, node_id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at from follow where id = ?`,
      [id],
    );
    return { id: toGlobalId('Follow', id), nodeType: row!.node_type, nodeUuid: row!.node_id, createdAt: row!.at };
  }

  @Authorized('USER')
  @Mutation(() => Boolean, { description: 'Stops following a node; false when it was not followed.' })
  unfollow(@Arg('node', () => ID) node: string, @IdempotencyKeyArg() key: string | null, @Ctx() ctx: Context) {
    return service.unfollow(ctx, node, key);
  }

  @Authorized('USER')
  @Mutation(() => Int, {
    description: 'Marks notifications read (the given ones, or all); returns how many were unread.',
  })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @Arg('all', () => Boolean, { nullable: true }) all: boolean | null,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.markRead(ctx, ids, all, key);
  }

  @Authorized('USER')
  @Mutation(() => EmailDigestView, {
    description: 'Sets how often unread notifications are e-mailed, and in which language.',
  })
  setEmailDigest(
    @Arg('frequency', () => DigestFrequency) frequency: DigestFrequency,
    @Arg('language', () => Lang, { nullable: true }) language: Lang | null,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.setEmailDigest(ctx, frequency, language, key);
  }
}
