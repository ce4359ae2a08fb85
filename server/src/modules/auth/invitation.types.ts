import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MembershipRole } from './auth.enums.js';

export enum InvitationState {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationState, {
  name: 'InvitationState',
  description: 'Whether an invitation can still be accepted.',
});

@ObjectType('Invitation', { simpleResolvers: true, description: 'An invitation to an organisation or a project.' })
export class InvitationView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => String, { description: 'ISO timestamp after which it can no longer be accepted.' })
  expiresAt!: string;
}

@ObjectType('CreatedInvitation', { simpleResolvers: true })
export class CreatedInvitation {
  @Field(() => String, {
    description: 'The secret to send to the person invited (shown only now): they accept it with acceptInvitation.',
  })
  token!: string;

  @Field(() => InvitationView)
  invitation!: InvitationView;
}

/** What an invitation token is for, shown to the person who has it before they accept. */
@ObjectType('InvitationPreview', {
  simpleResolvers: true,
  description: 'What an invitation is for, to show before accepting it (the token is the key: no sign-in needed).',
})
export class InvitationPreview {
  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => InvitationState)
  state!: InvitationState;

  @Field(() => String, { description: 'ISO timestamp after which it can no longer be accepted.' })
  expiresAt!: string;

  @Field(() => String, {
    description: 'The invited address with most of its name hidden (m…@oulu.fi): accept signed in with it.',
  })
  emailHint!: string;

  @Field(() => String, { nullable: true, description: 'Display name of who invited, if still known.' })
  invitedByName!: string | null;

  projectId!: string | null;
  organisationId!: string | null;
}
