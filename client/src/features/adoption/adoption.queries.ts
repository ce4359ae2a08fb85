import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

export const DeclareAdoptionQuery = graphql(
  `
    query DeclareAdoption_Query($id: ID!, $lang: Lang!) {
      deliverable(id: $id) {
        id
        title(lang: $lang) {
          ...LocalizedText_TextFragment
        }
      }
    }
  `,
  [TextFragment],
);

export const OrganisationSearchQuery = graphql(`
  query DeclareAdoption_OrganisationSearch($query: String!, $lang: Lang!) {
    search(query: $query, filter: { kind: [ORGANISATION] }, first: 10, lang: $lang) {
      nodes {
        node {
          id
        }
        title(lang: $lang) {
          text
        }
      }
    }
  }
`);

export const DeclareAdoptionMutation = graphql(
  `
    mutation DeclareAdoption_Mutation($input: DeclareAdoptionInput!, $idempotencyKey: String, $lang: Lang!) {
      declareAdoption(input: $input, idempotencyKey: $idempotencyKey) {
        id
        status
        verification
        countsAsReuse
        byProducer
        organisation {
          id
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        deliverable {
          id
        }
      }
    }
  `,
  [TextFragment],
);

export type DeclaredAdoption = ResultOf<typeof DeclareAdoptionMutation>['declareAdoption'];

export const ADOPTION_STATUSES = ['PLANNED', 'EVALUATING', 'PILOTING', 'IN_PRODUCTION', 'DISCONTINUED'] as const;
export const ADOPTION_MODES = [
  'AS_IS',
  'CONFIGURED',
  'ADAPTED_VARIANT',
  'CONTRIBUTED_UPSTREAM',
  'METHOD_ONLY',
] as const;

/** The adopter confirms (a claim becomes its declaration); returns what the adoption list shows. */
export const ConfirmAdoptionMutation = graphql(`
  mutation AdoptionActions_Confirm($input: AdoptionVersionInput!, $idempotencyKey: String) {
    confirmAdoption(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      verification
      countsAsReuse
      byProducer
      lastConfirmedAt
    }
  }
`);

/** A curator checked the evidence: VERIFIED. */
export const VerifyAdoptionMutation = graphql(`
  mutation AdoptionActions_Verify($input: AdoptionVersionInput!, $idempotencyKey: String) {
    verifyAdoption(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      verification
      countsAsReuse
      byProducer
    }
  }
`);
