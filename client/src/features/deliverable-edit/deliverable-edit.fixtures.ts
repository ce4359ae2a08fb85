/** Shared test data of the deliverable editing pages' tests. */

export const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });

/** The project KAATIO as NewDeliverable_Query answers it: Oulu participates, nothing archived. */
export const kaatio = {
  id: 'P1',
  slug: 'kaatio',
  name: fi('KAATIO'),
  archivedAt: null,
  participants: { nodes: [{ id: 'PA', organisation: { id: 'OULU' } }] },
};
