import { gql } from 'urql';
import type { ProjectStatus, Theme } from '../../app/enums';
import type { Lang } from '../../app/lang';
import type { ResolvedText } from '../../app/LocalizedText';

// Result types are written by hand until gql.tada infers them from schema/schema.graphql.

export interface ProjectListNode {
  id: string;
  slug: string;
  acronym: string | null;
  name: ResolvedText;
  themes: Theme[];
  status: ProjectStatus;
  leadOrganisation: { id: string; name: ResolvedText; municipalityCode: string | null } | null;
  grants: Array<{ maxAmountEur: number | null; call: { year: number } }>;
  participantCount: number;
}

export interface ProjectListData {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: ProjectListNode }>;
  };
}

export interface ProjectListVariables {
  lang: Lang;
  first?: number | null;
  after?: string | null;
}

export const ProjectListQuery = gql<ProjectListData, ProjectListVariables>`
  query ProjectList_Query($lang: Lang!, $first: Int, $after: String) {
    projects(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          acronym
          name(lang: $lang) {
            text
            lang
            isFallback
          }
          themes
          status
          leadOrganisation {
            id
            name(lang: $lang) {
              text
              lang
              isFallback
            }
            municipalityCode
          }
          grants {
            maxAmountEur
            call {
              year
            }
          }
          participantCount
        }
      }
    }
  }
`;
