import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A sign-in with an OpenID Connect provider under way (state, nonce, PKCE verifier, where to
 * return). The browser holds a random token in a short-lived cookie; this table only its
 * sha256. The callback consumes the row (one use), expired rows are swept on the next login.
 */
@Entity({ tableName: 'oidc_transaction' })
export class OidcTransaction {
  /** Hex sha256 of the cookie token. */
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  state!: string;

  @Property({ type: 'string', length: 100 })
  nonce!: string;

  @Property({ type: 'string', length: 100 })
  codeVerifier!: string;

  /** A same-origin path (checked before it is stored). */
  @Property({ type: 'string', length: 2000 })
  returnTo!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  @Index()
  expiresAt!: Date;
}
