import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../../graphql/errors.js';
import type { ApiKeyCache } from './api-key-cache.js';
import { API_KEY_PATTERN, sameDigest, sha256 } from './auth.crypto.js';
import type { ApiKeyScope, MembershipRole } from './auth.enums.js';

export const SESSION_COOKIE = 'kg_session';

export interface ViewerMembership {
  organisationId: string | null;
  projectId: string | null;
  role: MembershipRole;
}

/** Who is calling: a signed-in user (cookie session) or a partner API key. */
export interface Viewer {
  kind: 'USER' | 'API_KEY';
  /** The user (kind USER); null for an API key. */
  userId: string | null;
  email: string | null;
  /** Display name of the user, or the name of the API key. */
  name: string;
  isAdmin: boolean;
  memberships: ViewerMembership[];
  /** The API key the request authenticated with (kind API_KEY). */
  apiKey: { id: string; organisationId: string; prefix: string; scopes: ApiKeyScope[] } | null;
  /** Id (sha256 of the token) of the session the request came with (kind USER over a cookie). */
  sessionId: string | null;
}

/** What a request presented: the session cookie's token and the Authorization header. */
export interface Credentials {
  sessionToken?: string | null;
  authorization?: string | null;
}

export interface ViewerLookup {
  viewer: Viewer | null;
  /** The session's sliding expiry moved: re-send the cookie with this expiry. */
  renewedUntil?: Date;
  /** The cookie named no live session: clear it. */
  clearCookie?: boolean;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  memberships: ViewerMembership[];
  renewed_until_ms?: number | string | null;
}

const MEMBERSHIPS = `coalesce((select json_agg(json_build_object('organisationId', m.organisation_id, 'projectId', m.project_id, 'role', m.role) order by m.created_at, m.id) from membership m where m.user_id = u.id), '[]'::json) as memberships`;

// One statement: finds the live session, slides its expiry at most once a minute, and reads
// the user with its memberships.
const SESSION_SQL = `with s as (select id, user_id from session where id = ? and expires_at > now()),
touched as (update session set last_seen_at = now(), expires_at = now() + make_interval(secs => ?)
  where id = (select id from s) and last_seen_at < now() - interval '1 minute' returning expires_at)
select u.id, u.email, u.display_name as name, u.is_admin, (select extract(epoch from expires_at)::float8 * 1000 from touched) as renewed_until_ms, ${MEMBERSHIPS}
from s join app_user u on u.id = s.user_id`;

// One statement: finds the key by its prefix and stamps last_used_at at most once a minute.
const API_KEY_SQL = `with k as (select id, organisation_id, prefix, hash, name, scopes, revoked_at from api_key where prefix = ?),
touched as (update api_key set last_used_at = now()
  where id = (select id from k) and hash = ? and revoked_at is null
    and (last_used_at is null or last_used_at < now() - interval '1 minute') returning id)
select k.*, (select count(*) from touched)::int as touched from k`;

function userViewer(row: UserRow, sessionId: string | null): Viewer {
  return {
    kind: 'USER',
    userId: row.id,
    email: row.email,
    name: row.name,
    isAdmin: row.is_admin,
    memberships: row.memberships,
    apiKey: null,
    sessionId,
  };
}

const INVALID_KEY = 'The API key is unknown or revoked.';

/**
 * Resolves the viewer of a request with at most one SQL statement, and none when no
 * credentials are sent or the API key was checked within the last minute (`apiKeys`). A Bearer API key that is malformed, unknown or revoked is an
 * UNAUTHENTICATED error (HTTP 401); a cookie that names no live session makes the request
 * anonymous and clears the cookie (a stale cookie must not break public reads).
 */
export async function lookupViewer(
  em: EntityManager,
  credentials: Credentials,
  sessionTtlSeconds: number,
  apiKeys?: ApiKeyCache,
): Promise<ViewerLookup> {
  const conn = em.getConnection();
  if (credentials.authorization != null && credentials.authorization !== '') {
    const m = /^Bearer\s+(\S+)$/i.exec(credentials.authorization.trim());
    if (!m) throw new UnauthenticatedError('The Authorization header must be "Bearer <API key>".', { httpStatus: 401 });
    if (!API_KEY_PATTERN.test(m[1])) {
      throw new UnauthenticatedError(
        'This is not a Kuntagraph API key (kg_, 8 letters or digits, _, 40 more): copy the whole key as it was shown.',
        { httpStatus: 401 },
      );
    }
    const key = m[1];
    const hash = sha256(key);
    const cached = apiKeys?.get(hash);
    if (cached) return { viewer: cached };
    const rows = await conn.execute<
      Array<{
        id: string;
        organisation_id: string;
        prefix: string;
        hash: string;
        name: string;
        scopes: ApiKeyScope[];
        revoked_at: Date | null;
      }>
    >(API_KEY_SQL, [key.slice(0, 11), hash], 'all');
    const row = rows[0];
    // Compare the digests in constant time even for an unknown prefix.
    const matches = sameDigest(row?.hash ?? '0'.repeat(64), hash) && row != null;
    if (!row || !matches || row.revoked_at) throw new UnauthenticatedError(INVALID_KEY, { httpStatus: 401 });
    const viewer: Viewer = {
      kind: 'API_KEY',
      userId: null,
      email: null,
      name: row.name,
      isAdmin: false,
      memberships: [],
      apiKey: { id: row.id, organisationId: row.organisation_id, prefix: row.prefix, scopes: row.scopes },
      sessionId: null,
    };
    apiKeys?.set(hash, viewer);
    return { viewer };
  }
  const token = credentials.sessionToken;
  if (!token) return { viewer: null };
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { viewer: null, clearCookie: true };
  const sessionId = sha256(token);
  const rows = await conn.execute<UserRow[]>(SESSION_SQL, [sessionId, sessionTtlSeconds], 'all');
  if (!rows[0]) return { viewer: null, clearCookie: true };
  return {
    viewer: userViewer(rows[0], sessionId),
    renewedUntil: rows[0].renewed_until_ms != null ? new Date(Number(rows[0].renewed_until_ms)) : undefined,
  };
}

/** Reads a user as a viewer (after sign-up, sign-in or a password change): one statement. */
export async function loadUserViewer(em: EntityManager, userId: string, sessionId: string | null): Promise<Viewer> {
  const rows = await em
    .getConnection()
    .execute<UserRow[]>(
      `select u.id, u.email, u.display_name as name, u.is_admin, ${MEMBERSHIPS} from app_user u where u.id = ?`,
      [userId],
      'all',
    );
  return userViewer(rows[0], sessionId);
}

/** The value of one cookie in a Cookie header (no dependency needed for one name). */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
