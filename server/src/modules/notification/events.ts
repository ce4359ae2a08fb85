import { toGlobalId } from '../../graphql/global-id.js';
import { fieldChanges } from '../audit/history.js';

/*
 * Which audit events are public changes (notifications and webhook deliveries are made only
 * of these) and which nodes each one concerns. Accounts, keys, invitations, follows and
 * webhooks themselves are never sent anywhere.
 */

/** Node types whose changes are public events. */
export const PUBLIC_NODE_TYPES = [
  'Project',
  'Deliverable',
  'Release',
  'File',
  'Adoption',
  'LessonLearned',
  'Organisation',
] as const;

/** Every public event type a webhook can ask for (besides groups like `project.*`). */
export const EVENT_TYPES = [
  'project.create',
  'project.update',
  'project.archive',
  'project.restore',
  'project.addParticipant',
  'project.removeParticipant',
  'project.addLink',
  'project.removeLink',
  'project.linkSpecification',
  'project.unlinkSpecification',
  'serviceUse.create',
  'serviceUse.delete',
  'lessonLearned.create',
  'lessonLearned.delete',
  'deliverable.create',
  'deliverable.update',
  'release.create',
  'release.update',
  'file.upload',
  'file.delete',
  'adoption.declare',
  'adoption.update',
  'adoption.withdraw',
  'adoption.confirm',
  'adoption.verify',
  'organisation.merge',
  'organisation.mergedInto',
] as const;

const GROUPS = new Set(EVENT_TYPES.map((t) => `${t.split('.')[0]}.*`));

/** An event type or group (`project.*`) a webhook may filter on. */
export function isEventFilter(value: unknown): boolean {
  return typeof value === 'string' && ((EVENT_TYPES as readonly string[]).includes(value) || GROUPS.has(value));
}

/** SQL condition on `audit_event e`: a public change. */
export const PUBLIC_EVENT_SQL = `e.node_type = any('{${PUBLIC_NODE_TYPES.join(',')}}'::text[]) and e.action not like 'invitation.%'`;

/**
 * The nodes each event of `ev(id, node_type, node_id, before, after)` concerns, as
 * `concern(event_id, node_type, node_id, rank)`: the node itself (rank 0), its parents (1) and
 * their projects (2). A deliverable concerns its projects; a release and a file their
 * deliverable and its projects; an adoption its deliverable, the deliverable's projects, the
 * adopting organisation and project; a lesson its project. Deleted rows are followed through
 * the ids their audit row kept.
 */
export const CONCERN_SQL = `
dl as (
  select ev.id as event_id, ev.node_id as deliverable_id from ev where ev.node_type = 'Deliverable'
  union select ev.id, r.deliverable_id from ev join release r on r.id = ev.node_id where ev.node_type = 'Release'
  union select ev.id, r.deliverable_id from ev join file f on f.id = ev.node_id join release r on r.id = f.release_id
    where ev.node_type = 'File'
  union select ev.id, r.deliverable_id from ev join release r
    on r.id::text = coalesce(ev.after->>'releaseId', ev.before->>'releaseId') where ev.node_type = 'File'
  union select ev.id, a.deliverable_id from ev join adoption a on a.id = ev.node_id where ev.node_type = 'Adoption'
),
concern as (
  select ev.id as event_id, ev.node_type, ev.node_id, 0 as rank from ev
  union all select dl.event_id, 'Deliverable', dl.deliverable_id, 1 from dl
  union all select dl.event_id, 'Project', dp.project_id, 2 from dl
    join deliverable_project dp on dp.deliverable_id = dl.deliverable_id
  union all select ev.id, 'Release', r.id, 1 from ev join release r
    on r.id::text = coalesce(ev.after->>'releaseId', ev.before->>'releaseId') where ev.node_type = 'File'
  union all select ev.id, 'Organisation', a.organisation_id, 1 from ev join adoption a on a.id = ev.node_id
    where ev.node_type = 'Adoption'
  union all select ev.id, 'Project', a.via_project_id, 1 from ev join adoption a on a.id = ev.node_id
    where ev.node_type = 'Adoption' and a.via_project_id is not null
  union all select ev.id, 'Project', p.id, 1 from ev join project p
    on p.id::text = coalesce(ev.after->>'project', ev.before->>'project') where ev.node_type = 'LessonLearned'
)`;

export interface EventRow {
  id: string;
  action: string;
  node_type: string;
  node_id: string;
  at: Date | string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Public fields only (the history's private-field filter): a map per side. */
function publicSide(
  changes: ReturnType<typeof fieldChanges>,
  side: 'before' | 'after',
  given: Record<string, unknown> | null,
): Record<string, unknown> | null {
  if (!given) return null;
  const out: Record<string, unknown> = {};
  for (const c of changes) if (c.field in given) out[c.field] = c[side];
  return out;
}

/** The JSON body of a webhook delivery (the same bytes on every attempt). */
export function eventPayload(e: EventRow): string {
  const changes = fieldChanges(e.before, e.after, false);
  return JSON.stringify({
    id: toGlobalId('ChangeEvent', e.id),
    type: e.action,
    node: { type: e.node_type, id: toGlobalId(e.node_type, e.node_id) },
    at: new Date(e.at).toISOString(),
    data: { before: publicSide(changes, 'before', e.before), after: publicSide(changes, 'after', e.after) },
  });
}
