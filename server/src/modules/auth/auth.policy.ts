import { ForbiddenError, UnauthenticatedError } from '../../graphql/errors.js';
import { ApiKeyScope, MembershipRole } from './auth.enums.js';
import type { Viewer } from './auth.viewer.js';

/*
 * Pure authorisation rules, shared by GraphQL resolvers and (later) HTTP routes. They take the
 * viewer and the facts about the target, and read nothing themselves.
 */

/** A signed-in administrator (API keys are never admins). */
export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.kind === 'USER' && viewer.isAdmin;
}

/** The viewer's role in an organisation, or null. */
export function organisationRole(viewer: Viewer | null, organisationId: string): MembershipRole | null {
  return viewer?.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

/** The viewer's role in a project, or null. */
export function projectRole(viewer: Viewer | null, projectId: string): MembershipRole | null {
  return viewer?.memberships.find((m) => m.projectId === projectId)?.role ?? null;
}

/** An API key viewer whose key has the scope. */
export function hasScope(viewer: Viewer | null, scope: ApiKeyScope): boolean {
  return viewer?.kind === 'API_KEY' && (viewer.apiKey?.scopes.includes(scope) ?? false);
}

/** Create, list and revoke an organisation's API keys: admins and users who are members of it (not keys). */
export function canManageApiKeys(viewer: Viewer | null, organisationId: string): boolean {
  if (viewer?.kind !== 'USER') return false;
  return isAdmin(viewer) || organisationRole(viewer, organisationId) !== null;
}

/**
 * Create an organisation's API key with these scopes: admins; its members a READ key; its ADMINs
 * a WRITE key too. A WRITE key acts for the organisation as its ADMINs do (edits the projects it
 * takes part in, its deliverables, adoptions and webhooks), so a key never does more than the one
 * who made it could.
 */
export function canCreateApiKey(
  viewer: Viewer | null,
  organisationId: string,
  scopes: readonly ApiKeyScope[],
): boolean {
  if (!canManageApiKeys(viewer, organisationId)) return false;
  if (isAdmin(viewer) || !scopes.includes(ApiKeyScope.WRITE)) return true;
  return organisationRole(viewer, organisationId) === MembershipRole.ADMIN;
}

/**
 * Edit a project: admins; the project's LEAD or CONTRIBUTOR; an ADMIN of one of its
 * participating organisations; a WRITE-scoped API key of one of them.
 */
export function canEditProject(
  viewer: Viewer | null,
  projectId: string,
  participatingOrganisationIds: readonly string[] = [],
): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  if (viewer.kind === 'API_KEY') {
    return hasScope(viewer, ApiKeyScope.WRITE) && participatingOrganisationIds.includes(viewer.apiKey!.organisationId);
  }
  const role = projectRole(viewer, projectId);
  if (role === MembershipRole.LEAD || role === MembershipRole.CONTRIBUTOR) return true;
  return participatingOrganisationIds.some((o) => organisationRole(viewer, o) === MembershipRole.ADMIN);
}

/** The viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** A signed-in user (not an API key): UNAUTHENTICATED when anonymous, FORBIDDEN for a key. */
export function requireUser(ctx: { viewer: Viewer | null }): Viewer & { userId: string } {
  const viewer = requireViewer(ctx);
  if (viewer.kind !== 'USER' || !viewer.userId) throw new ForbiddenError('Only a signed-in user can do this.');
  return viewer as Viewer & { userId: string };
}

/** Throws FORBIDDEN unless allowed. */
export function authorize(allowed: boolean, message?: string): void {
  if (!allowed) throw new ForbiddenError(message);
}
