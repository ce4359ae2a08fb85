import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError } from '../../graphql/errors.js';
import { ApiKeyScope, MembershipRole } from '../auth/auth.enums.js';
import { authorize, canEditProject, hasScope, isAdmin, organisationRole, projectRole } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/auth.viewer.js';

/** What the project rules need to know about a project: read in one statement. */
export interface ProjectFacts {
  id: string;
  archived: boolean;
  organisationIds: string[];
}

/** The facts of a project, or NOT_FOUND naming the argument. */
export async function projectFacts(em: EntityManager, projectId: string, argumentName: string): Promise<ProjectFacts> {
  const rows = await em.getConnection().execute<{ id: string; archived: boolean; org_ids: string[] }[]>(
    `select p.id, p.archived_at is not null as archived,
       array(select distinct pa.organisation_id from participation pa where pa.project_id = p.id)::text[] as org_ids
     from project p where p.id = ?`,
    [projectId],
    'all',
  );
  if (!rows[0]) throw new NotFoundError(argumentName, `No project with this id (${argumentName}).`);
  return { id: rows[0].id, archived: rows[0].archived, organisationIds: rows[0].org_ids };
}

/** Start a project for an organisation: admins, any member of it, a WRITE key of it. */
export function canCreateProject(viewer: Viewer | null, leadOrganisationId: string): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  if (viewer.kind === 'API_KEY') {
    return hasScope(viewer, ApiKeyScope.WRITE) && viewer.apiKey!.organisationId === leadOrganisationId;
  }
  return organisationRole(viewer, leadOrganisationId) !== null;
}

/** Archive or restore a project, and invite its members: admins and the project's LEADs. */
export function canLeadProject(viewer: Viewer | null, projectId: string): boolean {
  if (!viewer || viewer.kind !== 'USER') return false;
  return isAdmin(viewer) || projectRole(viewer, projectId) === MembershipRole.LEAD;
}

/** FORBIDDEN unless the viewer may edit the project; CONFLICT when it is archived. */
export function authorizeProjectEdit(viewer: Viewer, facts: ProjectFacts): void {
  authorize(canEditProject(viewer, facts.id, facts.organisationIds), 'You cannot edit this project.');
  if (facts.archived) throw new ConflictError('The project is archived; restore it before editing.');
}
