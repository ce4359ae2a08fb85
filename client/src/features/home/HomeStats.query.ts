import { graphql } from '../../graphql';

export const HomeStatsQuery = graphql(`
  query HomeStats_Query {
    stats {
      projectCount
      deliverableCount
      participatingOrganisationCount
      adoptionCount
      grantTotalEur
    }
  }
`);
