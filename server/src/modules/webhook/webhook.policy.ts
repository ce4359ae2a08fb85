import { ApiKeyScope } from '../auth/auth.enums.js';
import { hasScope, isAdmin, organisationRole } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/auth.viewer.js';

/** See an organisation's webhooks and their delivery log: curators, its members and its API keys. */
export function canViewWebhooks(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  if (viewer.kind === 'API_KEY') return viewer.apiKey?.organisationId === organisationId;
  return organisationRole(viewer, organisationId) !== null;
}

/** Create, delete and redeliver: curators, its members and its WRITE-scoped API keys. */
export function canManageWebhooks(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  if (viewer.kind === 'API_KEY') return hasScope(viewer, ApiKeyScope.WRITE) && canViewWebhooks(viewer, organisationId);
  return canViewWebhooks(viewer, organisationId);
}
