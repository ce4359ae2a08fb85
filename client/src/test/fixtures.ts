import type { ProjectListData, ProjectListNode } from '../features/project/ProjectList.query';

export function project(overrides: Partial<ProjectListNode> = {}): ProjectListNode {
  return {
    id: 'UHJvamVjdDox',
    slug: 'rakennusvalvonnan-sahkoistaminen',
    acronym: 'RASA',
    name: { text: 'Rakennusvalvonnan sähköistäminen', lang: 'fi', isFallback: false },
    themes: ['BUILT_ENVIRONMENT', 'E_PERMITS_BUILDING_CONTROL'],
    status: 'ONGOING',
    leadOrganisation: {
      id: 'T3JnOjA5MQ==',
      name: { text: 'Helsinki', lang: 'fi', isFallback: false },
      municipalityCode: '091',
    },
    grants: [{ id: 'R3JhbnQ6MQ==', maxAmountEur: 150000, call: { id: 'RnVuZGluZ0NhbGw6MjAyMQ==', year: 2021 } }],
    participantCount: 5,
    ...overrides,
  };
}

/** One connection page; `next` is the cursor to ask for the following page, when there is one. */
export function page(
  nodes: ProjectListNode[],
  { totalCount = nodes.length, next }: { totalCount?: number; next?: string } = {},
): ProjectListData {
  return {
    projects: {
      totalCount,
      pageInfo: {
        hasNextPage: next !== undefined,
        endCursor: next ?? (nodes.length ? `cursor-${nodes.at(-1)!.id}` : null),
      },
      edges: nodes.map((node) => ({ cursor: `cursor-${node.id}`, node })),
    },
  };
}
