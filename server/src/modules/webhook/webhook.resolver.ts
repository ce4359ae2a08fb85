import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { CreateWebhookInput } from './webhook.inputs.js';
import * as service from './webhook.service.js';
import { CreatedWebhook, WebhookDeliveryView, WebhookView } from './webhook.types.js';

export const WebhookDeliveryConnection = ConnectionType('WebhookDelivery', WebhookDeliveryView);

@Resolver(() => WebhookView)
export class WebhookResolver {
  @FieldResolver(() => OrganisationView)
  organisation(@Root() w: WebhookView, @Ctx() ctx: Context) {
    return organisationById(ctx).load(w.organisationId);
  }

  @Query(() => [WebhookView], {
    description: "An organisation's webhooks, newest first (its members and API keys, and curators).",
  })
  webhooks(@Arg('organisation', () => ID) organisation: string, @Ctx() ctx: Context) {
    return service.listWebhooks(ctx, organisation);
  }

  @Query(() => WebhookDeliveryConnection, {
    description:
      "A webhook's delivery log, newest first (the owner organisation's members and API keys, and curators).",
  })
  webhookDeliveries(
    @Arg('webhook', () => ID) webhook: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return service.listDeliveries(ctx, webhook, page.first, page.after);
  }

  @Authorized()
  @Mutation(() => CreatedWebhook, {
    description:
      'Registers a webhook for an organisation (its members and WRITE API keys, and curators); the signing secret is returned only in this answer.',
  })
  createWebhook(
    @Arg('input', () => CreateWebhookInput) input: CreateWebhookInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.createWebhook(ctx, input, key);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes a webhook and its delivery log; returns its id.' })
  deleteWebhook(@Arg('id', () => ID) id: string, @IdempotencyKeyArg() key: string | null, @Ctx() ctx: Context) {
    return service.deleteWebhook(ctx, id, key);
  }

  @Authorized()
  @Mutation(() => WebhookDeliveryView, {
    description: 'Sends a delivery again now, with the same delivery id (one attempt, logged as a redelivery).',
  })
  redeliverWebhook(
    @Arg('delivery', () => ID) delivery: string,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.redeliver(ctx, delivery, key);
  }
}
