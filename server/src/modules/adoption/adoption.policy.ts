import { VerificationLevel } from '../../domain/enums.js';
import { ApiKeyScope } from '../auth/auth.enums.js';
import { canEditProject, hasScope, isAdmin, organisationRole } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/auth.viewer.js';
import type { DeliverableFacts } from '../deliverable/deliverable.policy.js';

/*
 * Adoption verification (DOMAIN.md): a member of the adopting organisation declares
 * DECLARED_BY_ADOPTER; the producing project says DECLARED_BY_PUBLISHER; a curator who checked
 * the evidence makes it VERIFIED; anyone else only makes a CLAIM. Only DECLARED_BY_ADOPTER and
 * VERIFIED count as reuse.
 */

/** Speaks for an organisation: any member of it, or a WRITE key of it. */
export function actsForOrganisation(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  if (viewer.kind === 'API_KEY') {
    return hasScope(viewer, ApiKeyScope.WRITE) && viewer.apiKey!.organisationId === organisationId;
  }
  return organisationRole(viewer, organisationId) !== null;
}

/** Speaks for the deliverable's producers (not merely as a curator). */
function actsForProducer(viewer: Viewer, facts: DeliverableFacts): boolean {
  if (facts.publisherId && actsForOrganisation(viewer, facts.publisherId)) return true;
  const asNonAdmin = { ...viewer, isAdmin: false };
  return facts.projects.some((p) => canEditProject(asNonAdmin, p.id, p.organisationIds));
}

/** The level a new declaration by this viewer gets. */
export function declarationLevel(viewer: Viewer, adopterId: string, facts: DeliverableFacts): VerificationLevel {
  if (actsForOrganisation(viewer, adopterId)) return VerificationLevel.DECLARED_BY_ADOPTER;
  if (actsForProducer(viewer, facts)) return VerificationLevel.DECLARED_BY_PUBLISHER;
  return VerificationLevel.CLAIMED;
}

/** The identity recorded as `declaredBy`: the user or the API key. */
export function declarerId(viewer: Viewer): string {
  return viewer.kind === 'USER' ? viewer.userId! : viewer.apiKey!.id;
}

export interface AdoptionFacts {
  organisationId: string;
  verification: VerificationLevel;
  declaredBy: string | null;
}

/**
 * Edit or withdraw an adoption: curators; whoever speaks for the adopter; the one who declared
 * it while it is still a claim or a publisher's statement (the adopter's word then wins).
 */
export function canChangeAdoption(viewer: Viewer | null, a: AdoptionFacts): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer) || actsForOrganisation(viewer, a.organisationId)) return true;
  const unconfirmed =
    a.verification === VerificationLevel.CLAIMED || a.verification === VerificationLevel.DECLARED_BY_PUBLISHER;
  return unconfirmed && a.declaredBy === declarerId(viewer);
}

/** The level after an edit: the adopter's edit of a verified adoption needs verifying again. */
export function levelAfterEdit(viewer: Viewer, a: AdoptionFacts): VerificationLevel {
  if (isAdmin(viewer)) return a.verification;
  if (actsForOrganisation(viewer, a.organisationId)) return VerificationLevel.DECLARED_BY_ADOPTER;
  return a.verification;
}
