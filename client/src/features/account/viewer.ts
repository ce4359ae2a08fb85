import { useMemo } from 'react';
import { useQuery } from 'urql';
import { TextFragment } from '../../app/LocalizedText';
import { useT } from '../../app/i18n';
import { graphql, type ResultOf } from '../../graphql';

export const ViewerQuery = graphql(
  `
    query Viewer_Query($lang: Lang!) {
      me {
        id
        kind
        name
        email
        isAdmin
        memberships {
          role
          organisation {
            id
            municipalityCode
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
          project {
            id
            slug
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
      }
    }
  `,
  [TextFragment],
);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['me']>;
export type ViewerMembership = Viewer['memberships'][number];

/**
 * The signed-in user (`null` when anonymous, `undefined` while loading). A response without `me`
 * counts as anonymous: pages must never break on the header's question. Signing in, up or out
 * and accepting an invitation invalidate the cache (app/cache-updates.ts), so this refetches.
 */
export function useViewer(): { viewer: Viewer | null | undefined; refetch: () => void } {
  const { lang } = useT();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ViewerQuery, variables: { lang } });
  const viewer = useMemo(() => {
    if (data && typeof data === 'object' && 'me' in data) return data.me ?? null;
    if (error) return null;
    return fetching || !data ? undefined : null;
  }, [data, error, fetching]);
  return { viewer, refetch: () => reexecute({ requestPolicy: 'network-only' }) };
}

/** The project roles that may edit; the server decides again (canEditProject in auth.policy). */
const EDIT_ROLES = new Set(['LEAD', 'CONTRIBUTOR']);

/** Archive a project and invite its members: curators and the project's LEADs (as the API decides). */
export function mayLeadProject(viewer: Viewer | null | undefined, projectId: string): boolean {
  if (!viewer || viewer.kind !== 'USER') return false;
  return viewer.isAdmin || viewer.memberships.some((m) => m.project?.id === projectId && m.role === 'LEAD');
}

/**
 * Create a WRITE API key of an organisation: curators and its ADMINs (canCreateApiKey in
 * auth.policy): a WRITE key edits what they may edit.
 */
export function mayCreateWriteKey(viewer: Viewer | null | undefined, organisationId: string): boolean {
  if (!viewer || viewer.kind !== 'USER') return false;
  return viewer.isAdmin || viewer.memberships.some((m) => m.organisation?.id === organisationId && m.role === 'ADMIN');
}

/**
 * Whether to offer editing a project: admins, its LEAD or CONTRIBUTOR, or an ADMIN of one of the
 * organisations taking part. A guess for showing links; the API refuses the rest with FORBIDDEN.
 */
export function mayEditProject(
  viewer: Viewer | null | undefined,
  projectId: string,
  organisationIds: readonly string[] = [],
): boolean {
  if (!viewer || viewer.kind !== 'USER') return false;
  if (viewer.isAdmin) return true;
  return viewer.memberships.some(
    (m) =>
      (m.project?.id === projectId && EDIT_ROLES.has(m.role)) ||
      (m.role === 'ADMIN' && m.organisation !== null && organisationIds.includes(m.organisation.id)),
  );
}

/** The organisations the viewer belongs to, each once, in the order of the memberships. */
export function viewerOrganisations(viewer: Viewer | null | undefined) {
  const seen = new Map<string, NonNullable<ViewerMembership['organisation']>>();
  for (const m of viewer?.memberships ?? [])
    if (m.organisation && !seen.has(m.organisation.id)) seen.set(m.organisation.id, m.organisation);
  return [...seen.values()];
}

/** `/fi/sign-in?returnTo=<this page>` */
export function signInPath(lang: string, returnTo: string): string {
  return `/${lang}/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}
