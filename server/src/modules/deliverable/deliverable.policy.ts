import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError } from '../../graphql/errors.js';
import { ApiKeyScope, MembershipRole } from '../auth/auth.enums.js';
import { authorize, canEditProject, hasScope, isAdmin, organisationRole } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/auth.viewer.js';

/** The projects that produced a deliverable (with their participants) and its publisher. */
export interface DeliverableFacts {
  id: string;
  publisherId: string | null;
  projects: { id: string; archived: boolean; organisationIds: string[] }[];
}

/** One statement: the deliverable's producing projects and publisher, or NOT_FOUND. */
export async function deliverableFacts(
  em: EntityManager,
  deliverableId: string,
  argumentName: string,
): Promise<DeliverableFacts> {
  const rows = await em
    .getConnection()
    .execute<{ id: string; publisher_id: string | null; projects: DeliverableFacts['projects'] }[]>(
      `select d.id, d.publisher_id,
       coalesce((select json_agg(json_build_object('id', p.id, 'archived', p.archived_at is not null,
         'organisationIds', array(select distinct pa.organisation_id from participation pa where pa.project_id = p.id)))
         from deliverable_project dp join project p on p.id = dp.project_id where dp.deliverable_id = d.id), '[]'::json) as projects
     from deliverable d where d.id = ?`,
      [deliverableId],
      'all',
    );
  if (!rows[0]) throw new NotFoundError(argumentName, `No deliverable with this id (${argumentName}).`);
  return { id: rows[0].id, publisherId: rows[0].publisher_id, projects: rows[0].projects };
}

/** Acts for the publisher: its ADMIN members and its WRITE keys. */
function actsForPublisher(viewer: Viewer, publisherId: string | null): boolean {
  if (!publisherId) return false;
  if (viewer.kind === 'API_KEY') {
    return hasScope(viewer, ApiKeyScope.WRITE) && viewer.apiKey!.organisationId === publisherId;
  }
  return organisationRole(viewer, publisherId) === MembershipRole.ADMIN;
}

/**
 * Edit a deliverable (and its releases, files and links): whoever may edit one of the projects
 * that produced it (an archived project no longer counts), or acts for its publisher; curators.
 */
export function canEditDeliverable(viewer: Viewer | null, facts: DeliverableFacts): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  if (actsForPublisher(viewer, facts.publisherId)) return true;
  return facts.projects.some((p) => !p.archived && canEditProject(viewer, p.id, p.organisationIds));
}

/** FORBIDDEN unless the viewer may edit the deliverable; CONFLICT when only archived projects would allow it. */
export function authorizeDeliverableEdit(viewer: Viewer, facts: DeliverableFacts): void {
  if (canEditDeliverable(viewer, facts)) return;
  const archivedOnly = facts.projects.some((p) => p.archived && canEditProject(viewer, p.id, p.organisationIds));
  if (archivedOnly) throw new ConflictError('The project that produced this is archived; restore it before editing.');
  authorize(false, 'You cannot edit this deliverable.');
}
