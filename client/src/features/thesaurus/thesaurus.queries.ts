import { graphql, type ResultOf } from '../../graphql';

export const ConceptFragment = graphql(`
  fragment Thesaurus_ConceptFragment on SearchConcept {
    id
    fi
    sv
    en
    version
  }
`);

/** The whole thesaurus in its order (a few hundred concepts at most): the page filters it itself. */
export const SearchConceptsQuery = graphql(
  `
    query Thesaurus_Query {
      searchConcepts {
        ...Thesaurus_ConceptFragment
      }
    }
  `,
  [ConceptFragment],
);

export const CreateConceptMutation = graphql(
  `
    mutation Thesaurus_Create($input: SearchConceptInput!, $idempotencyKey: String) {
      createSearchConcept(input: $input, idempotencyKey: $idempotencyKey) {
        ...Thesaurus_ConceptFragment
      }
    }
  `,
  [ConceptFragment],
);

export const UpdateConceptMutation = graphql(
  `
    mutation Thesaurus_Update($input: UpdateSearchConceptInput!, $idempotencyKey: String) {
      updateSearchConcept(input: $input, idempotencyKey: $idempotencyKey) {
        ...Thesaurus_ConceptFragment
      }
    }
  `,
  [ConceptFragment],
);

export const DeleteConceptMutation = graphql(`
  mutation Thesaurus_Delete($id: ID!) {
    deleteSearchConcept(id: $id)
  }
`);

export type ConceptItem = ResultOf<typeof ConceptFragment>;
