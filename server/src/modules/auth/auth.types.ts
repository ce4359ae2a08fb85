import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ApiKeyScope, MembershipRole } from './auth.enums.js';

export enum ViewerKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
}
registerEnumType(ViewerKind, { name: 'ViewerKind', description: 'How the caller authenticated.' });

@ObjectType('Membership', { description: "A user's role in an organisation or a project." })
export class MembershipView {
  @Field(() => MembershipRole)
  role!: MembershipRole;

  organisationId!: string | null;
  projectId!: string | null;
}

@ObjectType('ApiKey', { simpleResolvers: true, description: 'A partner API key (its secret is shown only once).' })
export class ApiKeyView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '`kg_` and 8 characters: the start of the key, to recognise it.' })
  prefix!: string;

  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];

  @Field(() => String, { description: 'ISO timestamp.' })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'ISO timestamp, updated at most once a minute.' })
  lastUsedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO timestamp; a revoked key no longer works.' })
  revokedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of the user who created the key.' })
  createdByName!: string | null;

  uuid!: string;
  organisationId!: string;
}

@ObjectType('CreatedApiKey', { simpleResolvers: true })
export class CreatedApiKey {
  @Field(() => String, {
    description: 'The whole key, for `Authorization: Bearer <key>`. Shown only now: only its hash is stored.',
  })
  key!: string;

  @Field(() => ApiKeyView)
  apiKey!: ApiKeyView;
}

@ObjectType('Viewer', { description: 'The caller: a signed-in user or a partner API key.' })
export class ViewerView {
  @Field(() => ID, { description: 'Global id of the user (or of the API key).' })
  id!: string;

  @Field(() => ViewerKind)
  kind!: ViewerKind;

  @Field(() => String, { nullable: true, description: 'Null for an API key.' })
  email!: string | null;

  @Field(() => String, { description: 'Display name of the user, or the name of the API key.' })
  name!: string;

  @Field(() => Boolean)
  isAdmin!: boolean;

  @Field(() => [MembershipView])
  memberships!: MembershipView[];

  @Field(() => [ApiKeyScope], { nullable: true, description: 'Scopes of the API key (null for a user).' })
  scopes!: ApiKeyScope[] | null;

  /** Organisation of the API key. */
  apiKeyOrganisationId!: string | null;
}
