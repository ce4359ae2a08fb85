import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';
import { OrganisationViewFragment } from './OrganisationView.fragment';

export const MunicipalityPageQuery = graphql(
  `
    query MunicipalityPage_Query($code: String!, $lang: Lang!) {
      municipality(code: $code) {
        ...OrganisationView_OrganisationFragment
      }
      similarMunicipalities(municipality: $code, first: 8) {
        score
        municipality {
          id
          municipalityCode
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        reasons {
          kind
          items {
            value
            label(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
      }
    }
  `,
  [TextFragment, OrganisationViewFragment],
);

export type MunicipalityPageData = ResultOf<typeof MunicipalityPageQuery>;
export type SimilarMunicipalityItem = MunicipalityPageData['similarMunicipalities'][number];
