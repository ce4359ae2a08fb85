import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { actorOf, audit } from '../audit/audit.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ApiKey } from './api-key.entity.js';
import { apiKeyRevoked } from './api-key-cache.js';
import {
  dummyPasswordHash,
  hashPassword,
  hasPassword,
  newApiKey,
  newSessionToken,
  verifyPassword,
} from './auth.crypto.js';
import {
  checkEmail,
  checkName,
  checkPassword,
  checkScopes,
  PASSWORD_MAX,
  type ChangePasswordInput,
  type CreateApiKeyInput,
  type SignInInput,
  type SignUpInput,
} from './auth.inputs.js';
import { checkPasswordStrength } from './password-strength.js';
import { authorize, canCreateApiKey, canManageApiKeys, requireUser, requireViewer } from './auth.policy.js';
import { apiKeyById, apiKeysOf } from './auth.queries.js';
import type { ApiKeyView } from './auth.types.js';
import { loadUserViewer, type Viewer } from './auth.viewer.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

// Identity and API keys: input checks and policy first, then one transaction per change with its audit row.

const WRONG_CREDENTIALS = 'Wrong email or password.';

/** A password given to be checked (not set): control characters and the length cap only. */
function checkGivenPassword(value: string, field: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value) || [...value].length > PASSWORD_MAX) {
    throw new BadUserInputError('input', `"${field}" is not a valid password.`, field);
  }
  return value;
}

function isUniqueViolation(e: unknown, constraint: string): boolean {
  return e instanceof UniqueConstraintViolationException && String(e.message).includes(constraint);
}

/** A new session (not yet persisted) and the token for its cookie; shared by password and single sign-on. */
export function newSession(
  em: EntityManager,
  user: User | string,
  ttlSeconds: number,
): { token: string; session: Session } {
  const { token, id } = newSessionToken();
  const session = new Session();
  session.id = id;
  session.user = typeof user === 'string' ? em.getReference(User, user) : user;
  session.expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  return { token, session };
}

/** Creates a user, signs them in (cookie) and audits it. A taken email is CONFLICT naming `email`. */
export async function signUp(ctx: Context, input: SignUpInput): Promise<Viewer> {
  const email = checkEmail(input.email);
  const password = checkPassword(input.password);
  const name = checkName(input.name);
  await checkPasswordStrength(password, 'password', [email, name]);
  const passwordHash = await hashPassword(password);
  let token: string;
  let session: Session;
  let userId: string;
  try {
    await ctx.em.transactional(async (em) => {
      const user = new User();
      user.email = email;
      user.displayName = name;
      user.passwordHash = passwordHash;
      em.persist(user);
      ({ token, session } = newSession(em, user, ctx.auth.sessionTtlSeconds));
      em.persist(session);
      userId = user.id;
      const event = audit(em, {}, { action: 'user.signUp', nodeType: 'User', nodeId: user.id, after: { email, name } });
      event.actorUser = user;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'app_user_email_unique')) {
      throw new ConflictError('An account with this email already exists.', { argumentName: 'input', field: 'email' });
    }
    throw e;
  }
  ctx.cookie.set(token!, session!.expiresAt);
  ctx.viewer = await loadUserViewer(ctx.em, userId!, session!.id);
  return ctx.viewer;
}

/** Checks email and password (same answer and similar time for an unknown email) and starts a session. */
export async function signIn(ctx: Context, input: SignInInput): Promise<Viewer> {
  const email = checkEmail(input.email);
  const password = checkGivenPassword(input.password, 'password');
  const rows = await ctx.em
    .getConnection()
    .execute<{ id: string; password_hash: string }[]>(
      `select id, password_hash from app_user where email = ?`,
      [email],
      'all',
    );
  const user = rows[0];
  // An account without a password (single sign-on) answers like an unknown email, in similar time.
  const usable = user != null && hasPassword(user.password_hash);
  const ok = await verifyPassword(password, usable ? user.password_hash : await dummyPasswordHash());
  if (!usable || !ok) throw new UnauthenticatedError(WRONG_CREDENTIALS);
  const { token, session } = newSession(ctx.em, user.id, ctx.auth.sessionTtlSeconds);
  await ctx.em.insert(Session, {
    id: session.id,
    user: user.id,
    expiresAt: session.expiresAt,
    createdAt: new Date(),
    lastSeenAt: new Date(),
  });
  // The session the request came with (if any) is replaced, not left behind.
  if (ctx.viewer?.sessionId) await ctx.em.nativeDelete(Session, { id: ctx.viewer.sessionId });
  ctx.cookie.set(token, session.expiresAt);
  ctx.viewer = await loadUserViewer(ctx.em, user.id, session.id);
  return ctx.viewer;
}

/** Ends the request's session and clears the cookie; true when there was one. */
export async function signOut(ctx: Context): Promise<boolean> {
  const sessionId = ctx.viewer?.sessionId;
  ctx.cookie.clear();
  if (!sessionId) return false;
  await ctx.em.nativeDelete(Session, { id: sessionId });
  ctx.viewer = null;
  return true;
}

/** Sets a new password after checking the current one, and ends every other session of the user. */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<Viewer> {
  const viewer = requireUser(ctx);
  const current = checkGivenPassword(input.currentPassword, 'currentPassword');
  const next = checkPassword(input.newPassword, 'newPassword');
  const rows = await ctx.em
    .getConnection()
    .execute<{ password_hash: string }[]>(`select password_hash from app_user where id = ?`, [viewer.userId], 'all');
  if (!rows[0] || !(await verifyPassword(current, rows[0].password_hash))) {
    throw new BadUserInputError('input', 'The current password is wrong.', 'currentPassword');
  }
  await checkPasswordStrength(next, 'newPassword', [viewer.email ?? '', viewer.name]);
  const passwordHash = await hashPassword(next);
  await ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, viewer.userId);
    user.passwordHash = passwordHash;
    const ended = await em.nativeDelete(Session, {
      user: viewer.userId,
      ...(viewer.sessionId ? { id: { $ne: viewer.sessionId } } : {}),
    });
    audit(em, actorOf(viewer), {
      action: 'user.changePassword',
      nodeType: 'User',
      nodeId: viewer.userId,
      before: { version: user.version },
      after: { version: user.version + 1, otherSessionsEnded: ended },
    });
  });
  ctx.viewer = await loadUserViewer(ctx.em, viewer.userId, viewer.sessionId);
  return ctx.viewer;
}

/** An organisation id argument that must exist. */
async function organisationArg(ctx: Context, globalId: string, argumentName: string, field?: string): Promise<string> {
  let id: string;
  try {
    id = fromGlobalId(globalId, argumentName, ['Organisation']).id;
  } catch (e) {
    if (field && e instanceof BadUserInputError) throw new BadUserInputError(argumentName, e.message, field);
    throw e;
  }
  if (!(await organisationById(ctx).load(id))) {
    throw new NotFoundError(argumentName, `No organisation found for "${field ?? argumentName}".`);
  }
  return id;
}

/** Creates an API key for an organisation the viewer belongs to (or any, for admins); the key is returned once. */
export async function createApiKey(
  ctx: Context,
  input: CreateApiKeyInput,
): Promise<{ key: string; apiKey: ApiKeyView }> {
  const viewer = requireViewer(ctx);
  const name = checkName(input.name);
  const scopes = checkScopes(input.scopes);
  const organisationId = await organisationArg(ctx, input.organisation, 'input', 'organisation');
  authorize(canManageApiKeys(viewer, organisationId), 'Only members of the organisation can manage its API keys.');
  authorize(
    canCreateApiKey(viewer, organisationId, scopes),
    "Only the organisation's administrators can create a WRITE key: it edits what they can edit.",
  );
  const { key, prefix, hash } = newApiKey();
  const apiKey = new ApiKey();
  await ctx.em.transactional(async (em) => {
    apiKey.organisation = em.getReference(Organisation, organisationId);
    apiKey.createdBy = em.getReference(User, viewer.userId!);
    apiKey.name = name;
    apiKey.prefix = prefix;
    apiKey.hash = hash;
    apiKey.scopes = scopes;
    em.persist(apiKey);
    audit(em, actorOf(viewer), {
      action: 'apiKey.create',
      nodeType: 'ApiKey',
      nodeId: apiKey.id,
      after: { organisationId, name, prefix, scopes },
    });
  });
  return { key, apiKey: (await apiKeyById(ctx.sql, apiKey.id))! };
}

/** Revokes a key of an organisation the viewer manages; revoking a revoked key changes nothing. */
export async function revokeApiKey(ctx: Context, globalId: string): Promise<ApiKeyView> {
  const viewer = requireViewer(ctx);
  const { id } = fromGlobalId(globalId, 'id', ['ApiKey']);
  const view = await apiKeyById(ctx.sql, id);
  if (!view) throw new NotFoundError('id', 'No API key found for "id".');
  authorize(canManageApiKeys(viewer, view.organisationId), 'Only members of the organisation can manage its API keys.');
  if (view.revokedAt) return view;
  await ctx.em.transactional(async (em) => {
    const key = await em.findOneOrFail(ApiKey, id);
    if (key.revokedAt) return;
    key.revokedAt = new Date();
    audit(em, actorOf(viewer), {
      action: 'apiKey.revoke',
      nodeType: 'ApiKey',
      nodeId: id,
      before: { revokedAt: null },
      after: { revokedAt: key.revokedAt.toISOString() },
    });
  });
  apiKeyRevoked(id);
  return (await apiKeyById(ctx.sql, id))!;
}

/** The keys of an organisation the viewer manages. */
export async function listApiKeys(ctx: Context, organisation: string): Promise<ApiKeyView[]> {
  const viewer = requireViewer(ctx);
  const organisationId = await organisationArg(ctx, organisation, 'organisation');
  authorize(canManageApiKeys(viewer, organisationId), 'Only members of the organisation can see its API keys.');
  return apiKeysOf(ctx.sql, organisationId);
}

/** Creates or updates the bootstrap administrator (ADMIN_EMAIL / ADMIN_PASSWORD, `npm run admin:create`). */
export async function ensureAdmin(
  em: EntityManager,
  opts: { email: string; password: string; name?: string },
): Promise<{ id: string; created: boolean }> {
  const email = checkEmail(opts.email);
  const password = checkPassword(opts.password);
  const name = checkName(opts.name ?? 'Administrator');
  const passwordHash = await hashPassword(password);
  return em.fork().transactional(async (tx) => {
    const existing = await tx.findOne(User, { email });
    const user = existing ?? new User();
    const before = existing ? { isAdmin: existing.isAdmin } : null;
    if (!existing) {
      user.email = email;
      user.displayName = name;
      tx.persist(user);
    }
    user.passwordHash = passwordHash;
    user.isAdmin = true;
    const event = audit(
      tx,
      {},
      {
        action: existing ? 'user.bootstrapAdmin' : 'user.createAdmin',
        nodeType: 'User',
        nodeId: user.id,
        before,
        after: { isAdmin: true, passwordReset: true },
      },
    );
    event.actorUser = user;
    return { id: user.id, created: !existing };
  });
}
