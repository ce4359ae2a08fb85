import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

export const DeliverablePageQuery = graphql(
  `
    query DeliverablePage_Query($id: ID!, $lang: Lang!) {
      deliverable(id: $id) {
        id
        kind
        licence
        languages
        platforms
        keywords
        developmentStatus
        maintenanceType
        maintenanceUntil
        publishedAt
        lastVerifiedAt
        landingUrl
        repositoryUrl
        documentationUrl
        publiccodeMissing {
          field
          message
        }
        title(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        shortDescription(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        description(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        publisher {
          id
          municipalityCode
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        projects {
          id
          slug
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        releases {
          id
          version
          releasedAt
          notes(lang: $lang) {
            ...LocalizedText_TextFragment
          }
          files {
            id
            filename
            downloadUrl
            byteSize
            mediaType
          }
          links {
            url
            title {
              fi
              sv
              en
            }
          }
        }
        conformsTo {
          id
          slug
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        serviceUses(first: 100) {
          nodes {
            id
            relation
            service {
              id
              slug
              name(lang: $lang) {
                ...LocalizedText_TextFragment
              }
            }
          }
        }
        derivedFrom {
          id
          title(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        derivatives(first: 100) {
          totalCount
          nodes {
            id
            title(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
        adoptions(first: 100) {
          totalCount
          nodes {
            id
            version
            status
            mode
            verification
            countsAsReuse
            byProducer
            lastConfirmedAt
            since
            until
            instanceUrl
            evidenceUrls
            useCase(lang: $lang) {
              ...LocalizedText_TextFragment
            }
            organisation {
              id
              municipalityCode
              name(lang: $lang) {
                ...LocalizedText_TextFragment
              }
            }
            viaProject {
              id
              slug
              name(lang: $lang) {
                ...LocalizedText_TextFragment
              }
            }
          }
        }
        contacts {
          name
          organisation
          role
          sourceUrl
        }
        provenance {
          status
          url
          note
          date
          field
        }
      }
    }
  `,
  [TextFragment],
);

export type DeliverablePageData = ResultOf<typeof DeliverablePageQuery>;
export type DeliverablePageVariables = VariablesOf<typeof DeliverablePageQuery>;
export type DeliverableDetail = DeliverablePageData['deliverable'];
export type AdoptionItem = DeliverableDetail['adoptions']['nodes'][number];
