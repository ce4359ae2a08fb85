import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { projectById } from '../project/project.loaders.js';
import { ProjectView } from '../project/project.types.js';
import { viewerView } from './auth.resolver.js';
import { ViewerView } from './auth.types.js';
import { InviteMemberInput } from './invitation.inputs.js';
import { acceptInvitation, inviteMember, previewInvitation } from './invitation.service.js';
import { CreatedInvitation, InvitationPreview } from './invitation.types.js';

/** Membership invitations: a lead or organisation admin invites by email, the person accepts signed in. */
@Resolver()
export class InvitationMutations {
  @Authorized('USER')
  @Mutation(() => CreatedInvitation, {
    description: 'Invites someone to an organisation (org ADMINs) or a project (its LEADs); the token is shown once.',
  })
  inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: Context) {
    return inviteMember(ctx, input);
  }

  @Authorized('USER')
  @Mutation(() => ViewerView, { description: 'Accepts an invitation as the signed-in user it was sent to.' })
  async acceptInvitation(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return viewerView(await acceptInvitation(ctx, token));
  }
}

/** What an invitation is for, before accepting it. */
@Resolver(() => InvitationPreview)
export class InvitationPreviewResolver {
  @Query(() => InvitationPreview, {
    nullable: true,
    description:
      'What an invitation token is for (project or organisation, role, who invited, whether still open); null when none has it.',
  })
  invitation(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return previewInvitation(ctx, token);
  }

  @FieldResolver(() => ProjectView, { nullable: true, description: 'The project it invites to, if any.' })
  project(@Root() i: InvitationPreview, @Ctx() ctx: Context) {
    return i.projectId ? projectById(ctx).load(i.projectId) : null;
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation it invites to, if any.' })
  organisation(@Root() i: InvitationPreview, @Ctx() ctx: Context) {
    return i.organisationId ? organisationById(ctx).load(i.organisationId) : null;
  }
}
