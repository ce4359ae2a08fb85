import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../audit/audit.js';
import { NO_PASSWORD } from '../auth.crypto.js';
import { checkEmail, checkName } from '../auth.inputs.js';
import { newSession } from '../auth.service.js';
import { Session } from '../session.entity.js';
import { UserIdentity } from '../user-identity.entity.js';
import { User } from '../user.entity.js';
import type { OidcClaims } from './oidc.client.js';

/** A refused sign-in: `code` goes to the web app as `/fi/sign-in?error=<code>`. */
export class OidcSignInError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OidcSignInError';
  }
}

/** The checked identity a provider vouched for. */
export interface OidcProfile {
  issuer: string;
  subject: string;
  /** Lower-cased and verified (as far as the provider says). */
  email: string;
  name: string;
}

/**
 * Checks the claims: an email address is required, and `email_verified` must not be false
 * (providers such as Entra ID do not send the claim; configure OIDC_ALLOWED_EMAIL_DOMAINS and
 * a tenant-specific issuer for them). The domain must be allowed when a list is configured.
 */
export function profileOf(claims: OidcClaims, allowedEmailDomains: string[]): OidcProfile {
  if (typeof claims.email !== 'string' || claims.email === '') {
    throw new OidcSignInError('email_missing', 'The identity provider gave no email address.');
  }
  if (claims.emailVerified === false || claims.emailVerified === 'false') {
    throw new OidcSignInError('email_unverified', 'The identity provider has not verified the email address.');
  }
  let email: string;
  try {
    email = checkEmail(claims.email);
  } catch {
    throw new OidcSignInError('email_invalid', 'The identity provider gave an invalid email address.');
  }
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (allowedEmailDomains.length > 0 && !allowedEmailDomains.includes(domain)) {
    throw new OidcSignInError('email_domain_not_allowed', 'Email addresses of this domain may not sign in here.');
  }
  return { issuer: claims.issuer, subject: claims.subject, email, name: displayName(claims.name, email) };
}

/** The `name` claim as a display name (control characters removed, 200 characters at most), else the email's local part. */
function displayName(claim: unknown, email: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = typeof claim === 'string' ? claim.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim() : '';
  const name = [...(cleaned || email.slice(0, email.indexOf('@')))].slice(0, 200).join('').trim();
  try {
    return checkName(name);
  } catch {
    return email.slice(0, email.indexOf('@'));
  }
}

export interface OidcSignIn {
  userId: string;
  /** The cookie token of the new session and its expiry. */
  token: string;
  expiresAt: Date;
  /** `signedIn`: known identity; `linked`: identity added to the account with this email; `created`: new user. */
  outcome: 'signedIn' | 'linked' | 'created';
}

/**
 * Signs in the person behind a provider identity, in one transaction with its audit row: the
 * user of a known (issuer, subject), else the account with the same (verified) email, which gets
 * the identity linked, else a new user without a password. Starts a session like signIn does
 * and ends the session the request came with. A concurrent first sign-in of the same person
 * (unique violation) is retried once and then finds the identity.
 */
export async function signInWithOidc(
  em: EntityManager,
  profile: OidcProfile,
  opts: { sessionTtlSeconds: number; replaceSessionId?: string | null },
): Promise<OidcSignIn> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await em.fork().transactional((tx) => signInTx(tx, profile, opts));
    } catch (e) {
      if (attempt === 0 && e instanceof UniqueConstraintViolationException) continue;
      throw e;
    }
  }
}

async function signInTx(
  tx: EntityManager,
  p: OidcProfile,
  opts: { sessionTtlSeconds: number; replaceSessionId?: string | null },
): Promise<OidcSignIn> {
  let user: User;
  let outcome: OidcSignIn['outcome'];
  const identity = await tx.findOne(UserIdentity, { issuer: p.issuer, subject: p.subject });
  if (identity) {
    user = identity.user;
    outcome = 'signedIn';
    if (identity.email !== p.email) identity.email = p.email;
  } else {
    const existing = await tx.findOne(User, { email: p.email });
    if (existing) {
      user = existing;
      outcome = 'linked';
    } else {
      user = new User();
      user.email = p.email;
      user.displayName = p.name;
      user.passwordHash = NO_PASSWORD;
      tx.persist(user);
      outcome = 'created';
    }
    const added = new UserIdentity();
    added.user = user;
    added.issuer = p.issuer;
    added.subject = p.subject;
    added.email = p.email;
    tx.persist(added);
  }
  const { token, session } = newSession(tx, user, opts.sessionTtlSeconds);
  tx.persist(session);
  if (opts.replaceSessionId) await tx.nativeDelete(Session, { id: opts.replaceSessionId });
  const event = audit(
    tx,
    {},
    outcome === 'created'
      ? {
          action: 'user.signUpOidc',
          nodeType: 'User',
          nodeId: user.id,
          after: { email: p.email, name: p.name, issuer: p.issuer, subject: p.subject },
        }
      : {
          action: 'user.signInOidc',
          nodeType: 'User',
          nodeId: user.id,
          after: { issuer: p.issuer, subject: p.subject, ...(outcome === 'linked' ? { linked: true } : {}) },
        },
  );
  event.actorUser = user;
  return { userId: user.id, token, expiresAt: session.expiresAt, outcome };
}
