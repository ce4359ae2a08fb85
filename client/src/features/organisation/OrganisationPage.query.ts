import { graphql } from '../../graphql';
import { OrganisationViewFragment } from '../municipality/OrganisationView.fragment';

export const OrganisationPageQuery = graphql(
  `
    query OrganisationPage_Query($id: ID!, $lang: Lang!) {
      organisation(id: $id) {
        ...OrganisationView_OrganisationFragment
      }
    }
  `,
  [OrganisationViewFragment],
);
