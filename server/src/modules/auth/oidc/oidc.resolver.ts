import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Config } from '../../../config.js';
import type { Context } from '../../../graphql/context.js';
import { OIDC_LOGIN_PATH } from './return-to.js';

@ObjectType('AuthProvider', { simpleResolvers: true, description: 'A way to sign in other than a password.' })
export class AuthProviderView {
  @Field(() => ID, { description: '`oidc`: single sign-on with OpenID Connect.' })
  id!: string;

  @Field(() => String, { description: 'Text of the sign-in button, e.g. "Helsingin kaupunki (Entra ID)".' })
  label!: string;

  @Field(() => String, {
    description:
      'Where the browser goes to sign in (a path on this server); append `?returnTo=/fi/...` to come back there.',
  })
  loginUrl!: string;
}

/** The sign-in providers of this server, added to every request's context by the HTTP layer (app.ts). */
export interface AuthProvidersContext {
  authProviders?: AuthProviderView[];
}

/** The providers a configuration turns on (none unless OIDC_* is set). */
export function authProvidersOf(config: Config): AuthProviderView[] {
  return config.oidc ? [{ id: 'oidc', label: config.oidc.label, loginUrl: OIDC_LOGIN_PATH }] : [];
}

@Resolver()
export class AuthProviderResolver {
  @Query(() => [AuthProviderView], {
    description: 'Single sign-on providers the web app can offer beside the password form; empty when none is set up.',
  })
  authProviders(@Ctx() ctx: Context & AuthProvidersContext): AuthProviderView[] {
    return ctx.authProviders ?? [];
  }
}
