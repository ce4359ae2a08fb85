import { graphql, type ResultOf } from '../../graphql';

/** Reads a publiccode.yml (its text or an https address) into a draft; the API stores nothing. */
export const PubliccodeDraftQuery = graphql(`
  query PubliccodeImport_Query($yaml: String, $url: String) {
    publiccodeDraft(yaml: $yaml, url: $url) {
      draft {
        kind
        title {
          fi
          sv
          en
        }
        shortDescription {
          fi
          sv
          en
        }
        description {
          fi
          sv
          en
        }
        keywords
        licence
        languages
        platforms
        developmentStatus
        maintenanceType
        maintenanceUntil
        contacts {
          name
          role
          organisation
          sourceUrl
        }
        landingUrl
        repositoryUrl
        documentationUrl
        softwareVersion
        releaseDate
      }
      errors {
        line
        column
        message
        path
      }
      warnings {
        line
        column
        message
        path
      }
    }
  }
`);

export type PubliccodeDraftResult = ResultOf<typeof PubliccodeDraftQuery>['publiccodeDraft'];
export type DeliverableDraft = NonNullable<PubliccodeDraftResult['draft']>;
export type PubliccodeIssue = PubliccodeDraftResult['errors'][number];
