import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { viewerView } from './auth.resolver.js';
import { ViewerView } from './auth.types.js';
import { InviteMemberInput } from './invitation.inputs.js';
import { acceptInvitation, inviteMember } from './invitation.service.js';
import { CreatedInvitation } from './invitation.types.js';

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
