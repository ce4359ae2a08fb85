import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Lang } from '../../domain/enums.js';
import { PageInfo } from '../../graphql/relay.js';
import { FieldChange } from '../audit/history.types.js';

export enum DigestFrequency {
  NONE = 'NONE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How often unread notifications are e-mailed as a digest.',
});

@ObjectType('Follow', { simpleResolvers: true, description: 'A node the signed-in user follows.' })
export class FollowView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The type of the followed node, e.g. Project.' })
  nodeType!: string;

  @Field(() => String, { description: 'ISO timestamp.' })
  createdAt!: string;

  /** Database id of the followed node. */
  nodeUuid!: string;
}

@ObjectType('Notification', { description: 'A change to something the user follows.' })
export class NotificationView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What was done, e.g. project.update.' })
  action!: string;

  @Field(() => String, { description: 'When the change was made (ISO timestamp).' })
  at!: string;

  @Field(() => String, { description: 'The type of the changed node.' })
  nodeType!: string;

  @Field(() => String, { description: 'The type of the followed node the change concerns.' })
  followedType!: string;

  @Field(() => [FieldChange], { description: 'The public fields that changed.' })
  changes!: FieldChange[];

  @Field(() => String, { nullable: true, description: 'When it was marked read; null while unread.' })
  readAt!: string | null;

  @Field(() => String, { description: 'ISO timestamp.' })
  createdAt!: string;

  nodeUuid!: string;
  followedUuid!: string;
}

@ObjectType('NotificationEdge', { simpleResolvers: true })
export class NotificationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => NotificationView)
  node!: NotificationView;
}

@ObjectType('NotificationConnection', { simpleResolvers: true, description: 'A page of notifications, newest first.' })
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => [NotificationView])
  nodes!: NotificationView[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All notifications of the list (unread only when asked so).' })
  totalCount!: number;

  @Field(() => Int, { description: 'Unread notifications of the user.' })
  unreadCount!: number;
}

@ObjectType('EmailDigest', { simpleResolvers: true, description: "The user's e-mail digest setting." })
export class EmailDigestView {
  @Field(() => DigestFrequency)
  frequency!: DigestFrequency;

  @Field(() => Lang, { description: 'Language of the digest.' })
  language!: Lang;

  @Field(() => String, { nullable: true, description: 'When the last digest was sent (ISO timestamp).' })
  lastSentAt!: string | null;
}
