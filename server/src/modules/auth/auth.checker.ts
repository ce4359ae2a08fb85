import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ForbiddenError, UnauthenticatedError } from '../../graphql/errors.js';
import { ApiKeyScope } from './auth.enums.js';
import { hasScope, isAdmin } from './auth.policy.js';

/**
 * Role checks of `@Authorized(...)`, before the resolver runs: no roles = any caller (a
 * signed-in user or a WRITE-scoped API key); `USER` = a signed-in user; `ADMIN` = a curator.
 * Ownership checks are the services' (`*.policy.ts`).
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (roles.includes('ADMIN')) {
    if (!isAdmin(viewer)) throw new ForbiddenError('Only a curator can do this.');
    return true;
  }
  if (roles.includes('USER')) {
    if (viewer.kind !== 'USER') throw new ForbiddenError('Only a signed-in user can do this.');
    return true;
  }
  if (viewer.kind === 'API_KEY' && !hasScope(viewer, ApiKeyScope.WRITE)) {
    throw new ForbiddenError('This API key may only read (its scopes lack WRITE).');
  }
  return true;
};
