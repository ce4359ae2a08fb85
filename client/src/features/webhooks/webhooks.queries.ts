import { graphql, type ResultOf } from '../../graphql';

export const WebhookFragment = graphql(`
  fragment Webhooks_WebhookFragment on Webhook {
    id
    url
    events
    active
    createdAt
  }
`);

export const DeliveryFragment = graphql(`
  fragment Webhooks_DeliveryFragment on WebhookDelivery {
    id
    eventType
    status
    attempts
    lastStatusCode
    lastError
    createdAt
    deliveredAt
    nextAttemptAt
    attemptLog {
      at
      statusCode
      durationMs
      error
      redelivery
    }
  }
`);

export const WebhooksQuery = graphql(
  `
    query Webhooks_Query($organisation: ID!) {
      webhooks(organisation: $organisation) {
        ...Webhooks_WebhookFragment
      }
    }
  `,
  [WebhookFragment],
);

export const DeliveriesQuery = graphql(
  `
    query Webhooks_Deliveries($webhook: ID!, $first: Int!, $after: String) {
      webhookDeliveries(webhook: $webhook, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...Webhooks_DeliveryFragment
        }
      }
    }
  `,
  [DeliveryFragment],
);

export const CreateWebhookMutation = graphql(
  `
    mutation Webhooks_Create($input: CreateWebhookInput!) {
      createWebhook(input: $input) {
        secret
        webhook {
          ...Webhooks_WebhookFragment
        }
      }
    }
  `,
  [WebhookFragment],
);

export const DeleteWebhookMutation = graphql(`
  mutation Webhooks_Delete($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

export const RedeliverMutation = graphql(
  `
    mutation Webhooks_Redeliver($delivery: ID!) {
      redeliverWebhook(delivery: $delivery) {
        ...Webhooks_DeliveryFragment
      }
    }
  `,
  [DeliveryFragment],
);

export type WebhookItem = ResultOf<typeof WebhookFragment>;
export type DeliveryItem = ResultOf<typeof DeliveryFragment>;
