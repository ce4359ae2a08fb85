import type { Viewer } from './viewer';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });

/** A signed-in user; `memberships` as the test needs them. */
export function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: 'VXNlcjox',
    kind: 'USER',
    name: 'Liisa Liidi',
    email: 'liisa@oulu.example',
    isAdmin: false,
    memberships: [],
    ...overrides,
  };
}

export const leadOf = (projectId: string, slug = 'kaatio'): Viewer['memberships'][number] => ({
  role: 'LEAD',
  organisation: null,
  project: { id: projectId, slug, name: fi('KAATIO') },
});

export const memberOf = (
  id: string,
  name: string,
  role: 'MEMBER' | 'ADMIN' = 'MEMBER',
): Viewer['memberships'][number] => ({
  role,
  project: null,
  organisation: { id, municipalityCode: null, name: fi(name) },
});
