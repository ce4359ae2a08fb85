import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { newApiKey, newSessionToken } from '../src/modules/auth/auth.crypto.js';

/** How a test request authenticates: a session token, an API key, or nothing (anonymous). */
export interface Credentials {
  sessionToken?: string;
  apiKey?: string;
}

export interface TestUser extends Credentials {
  userId: string;
  email: string;
}

type MembershipSpec =
  { organisationId: string; role: 'MEMBER' | 'ADMIN' } | { projectId: string; role: 'LEAD' | 'CONTRIBUTOR' };

/**
 * A user with a live session and the given memberships, written straight into the database
 * (signing up through the API is tested elsewhere and costs a password hash per user).
 */
export async function createUser(
  em: EntityManager,
  opts: { admin?: boolean; memberships?: MembershipSpec[]; name?: string } = {},
): Promise<TestUser> {
  const conn = em.getConnection();
  const userId = randomUUID();
  const email = `user-${userId.slice(0, 8)}@example.fi`;
  await conn.execute(
    `insert into app_user (id, email, display_name, password_hash, is_admin) values (?, ?, ?, 'x', ?)`,
    [userId, email, opts.name ?? `Test ${userId.slice(0, 4)}`, opts.admin ?? false],
  );
  const { token, id } = newSessionToken();
  await conn.execute(`insert into session (id, user_id, expires_at) values (?, ?, now() + interval '1 day')`, [
    id,
    userId,
  ]);
  for (const m of opts.memberships ?? []) {
    await conn.execute(
      `insert into membership (id, user_id, organisation_id, project_id, role) values (?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        userId,
        'organisationId' in m ? m.organisationId : null,
        'projectId' in m ? m.projectId : null,
        m.role,
      ],
    );
  }
  return { userId, email, sessionToken: token };
}

/** An API key of an organisation with the given scopes (created by a fresh member). */
export async function createApiKey(
  em: EntityManager,
  organisationId: string,
  scopes: ('READ' | 'WRITE')[],
): Promise<Credentials & { apiKeyId: string }> {
  const creator = await createUser(em, { memberships: [{ organisationId, role: 'MEMBER' }] });
  const { key, prefix, hash } = newApiKey();
  const id = randomUUID();
  await em
    .getConnection()
    .execute(
      `insert into api_key (id, organisation_id, created_by_id, name, prefix, hash, scopes) values (?, ?, ?, 'test key', ?, ?, ?)`,
      [id, organisationId, creator.userId, prefix, hash, `{${scopes.join(',')}}`],
    );
  return { apiKey: key, apiKeyId: id };
}
