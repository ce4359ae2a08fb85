import type * as OpenIdClient from 'openid-client';
import type { OidcConfig } from '../../../config.js';
import { lazyImport } from '../../../lazy-import.js';

type OpenId = typeof OpenIdClient;

/** openid-client once loaded: only its own calls can have thrown its errors before that. */
let loaded: OpenId | undefined;

/** openid-client (~8 MiB), loaded on the first sign-in (never without an OIDC provider). */
const loadOpenId = lazyImport(async () => (loaded = await import('openid-client')));

/** The claims Kuntagraph uses, read from the ID token (and the userinfo endpoint when it lacks the email). */
export interface OidcClaims {
  issuer: string;
  subject: string;
  email: unknown;
  emailVerified: unknown;
  name: unknown;
}

/** What a login needs to remember until the callback. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Seconds to wait for the provider (discovery, token and userinfo requests). */
const PROVIDER_TIMEOUT_SECONDS = 8;

/**
 * The relying party for one provider: discovers its metadata on first use (and again after a
 * failure), builds authorization URLs with state, nonce and PKCE (S256), and redeems codes.
 */
export class OidcClient {
  private configuration: Promise<OpenIdClient.Configuration> | undefined;

  constructor(readonly settings: OidcConfig) {}

  private discover(): Promise<OpenIdClient.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    // http:// is accepted by config.ts on loopback addresses only (tests, local providers).
    const insecure = new URL(issuer).protocol === 'http:';
    this.configuration ??= loadOpenId()
      .then((client) =>
        client.discovery(new URL(issuer), clientId, undefined, client.ClientSecretBasic(clientSecret), {
          execute: insecure ? [client.allowInsecureRequests] : [],
          timeout: PROVIDER_TIMEOUT_SECONDS,
        }),
      )
      .catch((e: unknown) => {
        this.configuration = undefined;
        throw e;
      });
    return this.configuration;
  }

  /** Fresh checks and the provider URL to send the browser to. */
  async start(): Promise<{ url: URL; checks: OidcChecks }> {
    const config = await this.discover();
    const client = await loadOpenId();
    const checks: OidcChecks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, checks };
  }

  /**
   * Validates the authorization response (state, issuer), redeems the code with the PKCE
   * verifier, validates the ID token (signature, audience, nonce, expiry) and returns its claims.
   */
  async finish(callbackQuery: string, checks: OidcChecks): Promise<OidcClaims> {
    const config = await this.discover();
    const client = await loadOpenId();
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = callbackQuery;
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const id = tokens.claims()!;
    let claims: Record<string, unknown> = { ...id };
    // Providers often leave the email out of the ID token of a code flow: ask userinfo for it.
    if (typeof id.email !== 'string' && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, id.sub);
      claims = { ...info, ...id };
    }
    return {
      issuer: id.iss,
      subject: id.sub,
      email: claims.email,
      emailVerified: claims.email_verified,
      name: claims.name,
    };
  }
}

/** Whether an error means the provider could not be reached or answered with a server error. */
export function isProviderUnavailable(e: unknown): boolean {
  const client = loaded;
  if (client && e instanceof client.ClientError) {
    const status = (e.cause as { status?: number } | undefined)?.status;
    return typeof status === 'number' && status >= 500;
  }
  if (client && (e instanceof client.ResponseBodyError || e instanceof client.AuthorizationResponseError)) return false;
  const name = (e as { name?: string } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  return e instanceof TypeError && /fetch failed/i.test(e.message);
}

/** Whether an error is a failed check of the provider's response (state, issuer, ID token, code). */
export function isInvalidResponse(e: unknown): boolean {
  const client = loaded;
  if (!client) return false;
  return (
    e instanceof client.ClientError ||
    e instanceof client.ResponseBodyError ||
    e instanceof client.AuthorizationResponseError ||
    e instanceof client.WWWAuthenticateChallengeError
  );
}
