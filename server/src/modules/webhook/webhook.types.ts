import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: an attempt is due or scheduled; DELIVERED: answered 2xx; FAILED: gave up.',
});

@ObjectType('Webhook', { description: "A partner's endpoint receiving signed change events." })
export class WebhookView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  url!: string;

  @Field(() => [String], { description: 'Event types or groups; empty = every public event.' })
  events!: string[];

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => String, { description: 'ISO timestamp.' })
  createdAt!: string;

  organisationId!: string;
}

@ObjectType('CreatedWebhook', { simpleResolvers: true })
export class CreatedWebhook {
  @Field(() => WebhookView)
  webhook!: WebhookView;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret, shown only in this answer (null when the answer repeats an earlier request with the same idempotency key).',
  })
  secret!: string | null;
}

@ObjectType('WebhookDeliveryAttempt', { simpleResolvers: true, description: 'One HTTP attempt of a delivery.' })
export class WebhookDeliveryAttemptView {
  @Field(() => String, { description: 'ISO timestamp.' })
  at!: string;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when there was no answer.' })
  statusCode!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => Boolean, { description: 'Asked for with redeliverWebhook.' })
  redelivery!: boolean;
}

@ObjectType('WebhookDelivery', { simpleResolvers: true, description: 'One event sent (or to be sent) to a webhook.' })
export class WebhookDeliveryView {
  @Field(() => ID, { description: 'Also sent as x-kuntagraph-delivery: the same on every attempt.' })
  id!: string;

  @Field(() => String, { description: 'The event type, e.g. project.update.' })
  eventType!: string;

  @Field(() => ID, { description: 'The change event (ChangeEvent id, the `id` of the payload).' })
  eventId!: string;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'When the next attempt is due (ISO timestamp).' })
  nextAttemptAt!: string | null;

  @Field(() => String, { nullable: true })
  deliveredAt!: string | null;

  @Field(() => String)
  createdAt!: string;

  @Field(() => [WebhookDeliveryAttemptView], { description: 'Every attempt, oldest first.' })
  attemptLog!: WebhookDeliveryAttemptView[];
}
