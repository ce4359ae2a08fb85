import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

export const ProjectPageQuery = graphql(
  `
    query ProjectPage_Query($slug: String!, $lang: Lang!) {
      project(slug: $slug) {
        id
        slug
        acronym
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        summary(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        description(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        status
        themes
        plannedStart
        plannedEnd
        actualStart
        actualEnd
        budgetEur
        website
        grants {
          id
          maxAmountEur
          status
          call {
            id
            year
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
        leadOrganisation {
          id
          municipalityCode
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        participants(first: 100) {
          totalCount
          nodes {
            id
            role
            organisation {
              id
              municipalityCode
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
        outcomes {
          kind
          text {
            fi
            sv
            en
          }
          sourceUrl
          note
        }
        serviceUses(first: 100) {
          nodes {
            id
            relation
            service {
              id
              slug
              url
              name(lang: $lang) {
                ...LocalizedText_TextFragment
              }
            }
          }
        }
        specifications {
          id
          relation
          specification {
            id
            slug
            url
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
        deliverables(first: 100) {
          totalCount
          nodes {
            id
            kind
            licence
            landingUrl
            repositoryUrl
            developmentStatus
            title(lang: $lang) {
              ...LocalizedText_TextFragment
            }
            shortDescription(lang: $lang) {
              ...LocalizedText_TextFragment
            }
            releases {
              id
              version
              releasedAt
              files {
                id
                filename
                downloadUrl
                byteSize
              }
              links {
                url
              }
            }
            adoptions(first: 1) {
              totalCount
            }
          }
        }
        lessons {
          id
          category
          text(lang: $lang) {
            ...LocalizedText_TextFragment
          }
          mitigation(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        linksIn {
          id
          relation
          from {
            id
            slug
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
        linksOut {
          id
          relation
          to {
            id
            slug
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
        provenance {
          status
          url
          note
          date
          field
        }
      }
      relatedProjects(project: $slug, first: 5) {
        score
        project {
          id
          slug
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
  [TextFragment],
);

export type ProjectPageData = ResultOf<typeof ProjectPageQuery>;
export type ProjectPageVariables = VariablesOf<typeof ProjectPageQuery>;
export type ProjectDetail = ProjectPageData['project'];
export type OrgRef = ProjectDetail['participants']['nodes'][number]['organisation'];
export type SourceRef = ProjectDetail['provenance'][number];
export type ProjectDeliverable = ProjectDetail['deliverables']['nodes'][number];
export type LocalizedTexts = ProjectDetail['outcomes'][number]['text'];
export type RelatedProjectItem = ProjectPageData['relatedProjects'][number];
