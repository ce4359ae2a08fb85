import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MembershipRole } from './auth.enums.js';

@InputType('InviteMemberInput', { description: 'Exactly one of organisation and project.' })
export class InviteMemberInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisation?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  project?: string | null;

  @Field(() => String, { description: 'The address of the person invited; they accept signed in with it.' })
  @MaxLength(254, { message: '"email" must be at most 254 characters.' })
  @IsEmail({}, { message: '"email" must be an email address.' })
  email!: string;

  @Field(() => MembershipRole, { description: 'Organisations: MEMBER or ADMIN; projects: LEAD or CONTRIBUTOR.' })
  role!: MembershipRole;
}
