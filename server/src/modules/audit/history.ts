import type { ClassType } from 'type-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { pagedChildrenLoader, type ViewRow, type ViewSpec } from '../../graphql/loaders.js';
import { nestedConnection } from '../../graphql/nested.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { isAdmin } from '../auth/auth.policy.js';
import { ChangeEventView, type FieldChange } from './history.types.js';

const CHANGE_EVENT: ViewSpec = {
  typename: 'ChangeEvent',
  from: 'audit_event t',
  columns: `t.id as uuid, t.action, t.before, t.after,
    to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
    coalesce((select u.display_name from app_user u where u.id = t.actor_user_id),
             (select k.name from api_key k where k.id = t.actor_api_key_id)) as "actorName"`,
  // The resolver below shapes every event whole: read every column.
  prunable: false,
};

/** Newest first. */
const historyOf = (ctx: Context) =>
  ctx.loaders.get('history.ofNode', pagedChildrenLoader(CHANGE_EVENT, 't.node_id', 't.at desc, t.id desc'));

/** Audit fields that say who someone is or point at accounts: curators only. */
const PRIVATE_FIELDS = new Set(['declaredBy', 'email', 'user', 'invitation', 'uploadedBy', 'actor']);

/** The fields of a change, private ones left out for non-curators. */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  curator: boolean,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return fields
    .filter((f) => curator || !PRIVATE_FIELDS.has(f))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

export const ChangeEventConnection = ConnectionType('ChangeEvent', ChangeEventView);

/** A `history` connection on a node type, read from the audit log (one statement per query level). */
export function historyResolver(view: ClassType): ClassType {
  @Resolver(() => view)
  class HistoryResolver {
    @FieldResolver(() => ChangeEventConnection, { description: 'Who changed what and when, newest first.' })
    async history(@Root() node: ViewRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
      const curator = isAdmin(ctx.viewer);
      const conn = await nestedConnection(historyOf(ctx), node.uuid, page);
      const shape = (e: ViewRow) => ({
        // Encoded only when the query asks for it (asViews).
        get id() {
          return e.id;
        },
        at: e.at,
        action: e.action,
        actorName: curator ? (e.actorName ?? null) : null,
        changes: fieldChanges(e.before as Record<string, unknown>, e.after as Record<string, unknown>, curator),
      });
      // Getters, not a spread: the cursors and the count are made only when asked for.
      return {
        get edges() {
          return conn.edges.map((edge) => ({ cursor: edge.cursor, node: shape(edge.node) }));
        },
        nodes: conn.nodes.map(shape),
        pageInfo: conn.pageInfo,
        get totalCount() {
          return conn.totalCount;
        },
      };
    }
  }
  Object.defineProperty(HistoryResolver, 'name', { value: `${view.name}HistoryResolver` });
  return HistoryResolver;
}
