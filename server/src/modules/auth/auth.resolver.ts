import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { projectById } from '../project/project.loaders.js';
import { ProjectView } from '../project/project.types.js';
import { ChangePasswordInput, CreateApiKeyInput, SignInInput, SignUpInput } from './auth.inputs.js';
import * as auth from './auth.service.js';
import { ApiKeyView, CreatedApiKey, MembershipView, ViewerKind, ViewerView } from './auth.types.js';
import type { Viewer } from './auth.viewer.js';

/** The GraphQL shape of a viewer. */
export function viewerView(v: Viewer): ViewerView {
  return {
    id: v.kind === 'USER' ? toGlobalId('User', v.userId!) : toGlobalId('ApiKey', v.apiKey!.id),
    kind: v.kind === 'USER' ? ViewerKind.USER : ViewerKind.API_KEY,
    email: v.email,
    name: v.name,
    isAdmin: v.isAdmin,
    memberships: v.memberships.map((m) => ({ role: m.role, organisationId: m.organisationId, projectId: m.projectId })),
    scopes: v.apiKey?.scopes ?? null,
    apiKeyOrganisationId: v.apiKey?.organisationId ?? null,
  };
}

@Resolver(() => ViewerView)
export class ViewerResolver {
  @Query(() => ViewerView, { nullable: true, description: 'The caller; null when anonymous.' })
  me(@Ctx() ctx: Context) {
    return ctx.viewer ? viewerView(ctx.viewer) : null;
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation an API key acts for.' })
  organisation(@Root() v: ViewerView, @Ctx() ctx: Context) {
    return v.apiKeyOrganisationId ? organisationById(ctx).load(v.apiKeyOrganisationId) : null;
  }

  @Mutation(() => ViewerView, { description: 'Creates an account and signs in (sets the session cookie).' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context) {
    return viewerView(await auth.signUp(ctx, input));
  }

  @Mutation(() => ViewerView, {
    description: 'Signs in with email and password (sets the session cookie). Wrong credentials: UNAUTHENTICATED.',
  })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context) {
    return viewerView(await auth.signIn(ctx, input));
  }

  @Mutation(() => Boolean, { description: 'Ends the session; true when there was one.' })
  signOut(@Ctx() ctx: Context) {
    return auth.signOut(ctx);
  }

  @Mutation(() => ViewerView, { description: 'Changes the password and ends every other session of the user.' })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context) {
    return viewerView(await auth.changePassword(ctx, input));
  }
}

@Resolver(() => MembershipView)
export class MembershipResolver {
  @FieldResolver(() => OrganisationView, { nullable: true })
  organisation(@Root() m: MembershipView, @Ctx() ctx: Context) {
    return m.organisationId ? organisationById(ctx).load(m.organisationId) : null;
  }

  @FieldResolver(() => ProjectView, { nullable: true })
  project(@Root() m: MembershipView, @Ctx() ctx: Context) {
    return m.projectId ? projectById(ctx).load(m.projectId) : null;
  }
}

@Resolver(() => ApiKeyView)
export class ApiKeyResolver {
  @Query(() => [ApiKeyView], {
    description: "An organisation's API keys, newest first (members of the organisation and admins only).",
  })
  apiKeys(@Arg('organisation', () => ID) organisation: string, @Ctx() ctx: Context) {
    return auth.listApiKeys(ctx, organisation);
  }

  @FieldResolver(() => OrganisationView)
  organisation(@Root() k: ApiKeyView, @Ctx() ctx: Context) {
    return organisationById(ctx).load(k.organisationId);
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key for an organisation; the key itself is returned only in this answer.',
  })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    return auth.createApiKey(ctx, input);
  }

  @Mutation(() => ApiKeyView, { description: 'Revokes an API key: it stops working at once.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return auth.revokeApiKey(ctx, id);
  }
}
