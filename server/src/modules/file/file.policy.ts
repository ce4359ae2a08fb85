import { isAdmin } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/auth.viewer.js';
import { canEditDeliverable, type DeliverableFacts } from '../deliverable/deliverable.policy.js';

/**
 * Upload files to a release, or delete them: whoever may edit the release's deliverable (the same
 * rule as the GraphQL mutations); a file without a release, curators only.
 */
export function mayEditFiles(viewer: Viewer | null, facts: DeliverableFacts | null): boolean {
  return facts ? canEditDeliverable(viewer, facts) : isAdmin(viewer);
}
