import { Field, ID, ObjectType } from 'type-graphql';
import { MembershipRole } from './auth.enums.js';

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
