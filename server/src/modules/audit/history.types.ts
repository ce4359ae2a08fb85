import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('FieldChange', { simpleResolvers: true, description: 'One field of a change: its value before and after.' })
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before (null when the field was empty or new).' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after (null when it was cleared or removed).' })
  after!: unknown;
}

@ObjectType('ChangeEvent', { description: 'One change of a node, from the audit log.' })
export class ChangeEventView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'ISO timestamp.' })
  at!: string;

  @Field(() => String, { description: 'What was done, e.g. project.update, adoption.verify.' })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who did it (user or API key name): shown to curators only.',
  })
  actorName!: string | null;

  @Field(() => [FieldChange], { description: 'The fields that changed (non-curators see public fields only).' })
  changes!: FieldChange[];
}
