// After each mutation, Graphcache updates the entities it returns by itself (normalisation); these
// updaters invalidate what it cannot know: lists the change adds to or removes from, counts and
// rankings computed on the server, and reverse links. An invalidated field is refetched by every
// mounted query that reads it, and by the next query that needs it. Correctness over cleverness:
// when in doubt a field is invalidated (one more request) rather than patched by hand.
import type { Cache, DataFields, UpdatesConfig, Variables } from '@urql/exchange-graphcache';

/** Root fields computed over many records: rankings, totals, facets, drawn graphs. */
const AGGREGATES = [
  'search',
  'stats',
  'neighbourhood',
  'reuseChain',
  'relatedProjects',
  'similarMunicipalities',
  'coverageGap',
  'adoptersLikeMe',
] as const;
const PROJECT_LISTS = ['projects', 'regions', 'region', 'municipalities', 'projectsUsingService', ...AGGREGATES];
const DELIVERABLE_LISTS = ['deliverables', 'deliverablesConformingTo', ...AGGREGATES];
const ADOPTION_LISTS = ['adoptions', 'deliverables', ...AGGREGATES];
const SERVICE_LISTS = ['projectsUsingService', 'nationalServices', ...AGGREGATES];
/** The thesaurus, and the searches it widens (their hits and the words they also looked for). */
const THESAURUS_LISTS = ['searchConcepts', 'search'];

/** Every cached variant (all arguments) of `fields` on the entity `key` ('Query' for root fields). */
export function invalidateFields(cache: Cache, key: string | null | undefined, fields: readonly string[]): void {
  if (!key) return;
  for (const f of cache.inspectFields(key))
    if (fields.includes(f.fieldName)) cache.invalidate(key, f.fieldName, f.arguments ?? undefined);
}

/** Every root field: each mounted query refetches (sign-in and sign-out change what may be seen). */
function invalidateAll(cache: Cache): void {
  for (const f of cache.inspectFields('Query')) cache.invalidate('Query', f.fieldName, f.arguments ?? undefined);
}

/** The cache key of an entity, or null when `id` is missing. */
function entity(cache: Cache, typename: string, id: unknown): string | null {
  return typeof id === 'string' || typeof id === 'number' ? cache.keyOfEntity({ __typename: typename, id }) : null;
}

/** The key an entity's field links to, as cached (null when unknown). */
function linked(cache: Cache, key: string | null, field: string): string | null {
  if (!key) return null;
  const link = cache.resolve(key, field);
  return typeof link === 'string' ? link : null;
}

/** The keys of a list of entities the cache holds in an entity's field. */
function linkedList(cache: Cache, key: string | null, field: string): string[] {
  if (!key) return [];
  const links = cache.resolve(key, field);
  return Array.isArray(links) ? links.filter((l): l is string => typeof l === 'string') : [];
}

/** The cache key of the object a mutation returned (under `field` of the mutation's data). */
function returned(cache: Cache, result: DataFields, field: string): string | null {
  const value = result[field];
  return value && typeof value === 'object' && !Array.isArray(value)
    ? cache.keyOfEntity(value as Parameters<Cache['keyOfEntity']>[0])
    : null;
}

function input(args: Variables): Record<string, unknown> {
  const i = args.input;
  return i && typeof i === 'object' ? (i as Record<string, unknown>) : {};
}

function ids(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The viewer's own key (null when signed out or not yet asked). */
function viewer(cache: Cache): string | null {
  return linked(cache, 'Query', 'me');
}

/** A changed deliverable: its history and `fields`, and the lists and pages that show it. */
function deliverableChanged(cache: Cache, key: string | null, fields: readonly string[] = [], project?: unknown) {
  // Read the links before invalidating anything.
  const projects = [...linkedList(cache, key, 'projects'), entity(cache, 'Project', project)];
  const publisher = linked(cache, key, 'publisher');
  const derivedFrom = linked(cache, key, 'derivedFrom');
  const conformsTo = linkedList(cache, key, 'conformsTo');
  invalidateFields(cache, key, ['history', ...fields]);
  for (const p of projects) invalidateFields(cache, p, ['deliverables']);
  invalidateFields(cache, publisher, ['publishedDeliverables']);
  invalidateFields(cache, derivedFrom, ['derivatives']);
  for (const s of conformsTo) invalidateFields(cache, s, ['conformingDeliverables']);
  invalidateFields(cache, 'Query', DELIVERABLE_LISTS);
}

/** A changed adoption: the adopting organisation's and the deliverable's adoption lists. */
function adoptionChanged(
  cache: Cache,
  adoption: string | null,
  refs: { deliverable?: unknown; organisation?: unknown } = {},
) {
  const deliverable = linked(cache, adoption, 'deliverable') ?? entity(cache, 'Deliverable', refs.deliverable);
  const organisation = linked(cache, adoption, 'organisation') ?? entity(cache, 'Organisation', refs.organisation);
  invalidateFields(cache, adoption, ['history']);
  invalidateFields(cache, deliverable, ['adoptions']);
  invalidateFields(cache, organisation, ['adoptions']);
  invalidateFields(cache, linked(cache, adoption, 'viaProject'), ['deliverables']);
  invalidateFields(cache, 'Query', ADOPTION_LISTS);
}

/** A changed project: its history and every list, count and ranking that may include it. */
function projectChanged(cache: Cache, project: string | null, fields: readonly string[] = []) {
  invalidateFields(cache, project, ['history', ...fields]);
  invalidateFields(cache, 'Query', PROJECT_LISTS);
}

/**
 * `updates.Mutation`: one updater per mutation of the schema (urql.test.ts checks that none is
 * missing), each invalidating what its change makes stale.
 */
export const mutationUpdates: NonNullable<UpdatesConfig['Mutation']> = {
  // Who is signed in decides what may be seen (contacts, history, edit rights): refetch everything.
  signIn: (_r, _a, cache) => invalidateAll(cache),
  signUp: (_r, _a, cache) => invalidateAll(cache),
  signOut: (_r, _a, cache) => invalidateAll(cache),
  acceptInvitation: (_r, _a, cache) => invalidateAll(cache),
  // The returned Viewer is normalised; nothing else shows a password.
  changePassword: () => undefined,

  createApiKey: (_r, _a, cache) => invalidateFields(cache, 'Query', ['apiKeys']),
  revokeApiKey: (_r, _a, cache) => invalidateFields(cache, 'Query', ['apiKeys']),
  // Invitations have no list of their own: the project's history records them.
  inviteMember: (_r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Project', i.project), ['history']);
    invalidateFields(cache, entity(cache, 'Organisation', i.organisation), ['history']);
  },

  createProject: (_r, args, cache) => {
    invalidateFields(cache, entity(cache, 'Organisation', input(args).leadOrganisation), ['participations']);
    projectChanged(cache, null);
  },
  updateProject: (r, _a, cache) => projectChanged(cache, returned(cache, r, 'updateProject')),
  setProjectArchived: (r, _a, cache) => {
    const project = returned(cache, r, 'setProjectArchived');
    invalidateFields(cache, linked(cache, project, 'leadOrganisation'), ['participations']);
    projectChanged(cache, project);
  },
  addParticipant: (_r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Organisation', i.organisation), ['participations']);
    projectChanged(cache, entity(cache, 'Project', i.project), ['participants', 'participantCount']);
  },
  removeParticipant: (_r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Organisation', i.organisation), ['participations']);
    projectChanged(cache, entity(cache, 'Project', i.project), ['participants', 'participantCount']);
  },
  addProjectLink: (_r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Project', i.to), ['linksIn', 'history']);
    projectChanged(cache, entity(cache, 'Project', i.from), ['linksOut']);
  },
  removeProjectLink: (_r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Project', i.to), ['linksIn', 'history']);
    projectChanged(cache, entity(cache, 'Project', i.from), ['linksOut']);
  },
  addLessonLearned: (_r, args, cache) =>
    projectChanged(cache, entity(cache, 'Project', input(args).project), ['lessons']),
  removeLessonLearned: (r, _a, cache) => projectChanged(cache, returned(cache, r, 'removeLessonLearned'), ['lessons']),
  linkSpecification: (_r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Specification', i.specification), ['projects']);
    projectChanged(cache, entity(cache, 'Project', i.project), ['specifications']);
  },
  unlinkSpecification: (_r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Specification', i.specification), ['projects']);
    projectChanged(cache, entity(cache, 'Project', i.project), ['specifications']);
  },
  linkNationalService: (_r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Project', i.project), ['serviceUses', 'history']);
    invalidateFields(cache, entity(cache, 'Deliverable', i.deliverable), ['serviceUses', 'history']);
    invalidateFields(cache, entity(cache, 'NationalService', i.service), ['uses']);
    invalidateFields(cache, 'Query', SERVICE_LISTS);
  },
  unlinkNationalService: (_r, args, cache) => {
    // Only the id comes back: read what the link joined from the cache before forgetting it.
    const use = entity(cache, 'ServiceUse', args.id);
    invalidateFields(cache, linked(cache, use, 'project'), ['serviceUses', 'history']);
    invalidateFields(cache, linked(cache, use, 'deliverable'), ['serviceUses', 'history']);
    invalidateFields(cache, linked(cache, use, 'service'), ['uses']);
    if (use) cache.invalidate(use);
    invalidateFields(cache, 'Query', SERVICE_LISTS);
  },

  createDeliverable: (r, args, cache) => {
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Organisation', i.publisher), ['publishedDeliverables']);
    invalidateFields(cache, entity(cache, 'Deliverable', i.derivedFrom), ['derivatives']);
    for (const s of ids(i.conformsTo))
      invalidateFields(cache, entity(cache, 'Specification', s), ['conformingDeliverables']);
    deliverableChanged(cache, returned(cache, r, 'createDeliverable'), [], i.project);
  },
  updateDeliverable: (r, args, cache) => {
    // The result replaced the cached links already; the new ones are invalidated from the input.
    const i = input(args);
    invalidateFields(cache, entity(cache, 'Organisation', i.publisher), ['publishedDeliverables']);
    invalidateFields(cache, entity(cache, 'Deliverable', i.derivedFrom), ['derivatives']);
    for (const s of ids(i.conformsTo))
      invalidateFields(cache, entity(cache, 'Specification', s), ['conformingDeliverables']);
    deliverableChanged(cache, returned(cache, r, 'updateDeliverable'));
  },
  createRelease: (_r, args, cache) =>
    deliverableChanged(cache, entity(cache, 'Deliverable', input(args).deliverable), ['releases']),
  updateRelease: (r, _a, cache) => {
    // notesTranslations comes back normalised; notes(lang) is picked from them on the server.
    const release = returned(cache, r, 'updateRelease');
    invalidateFields(cache, release, ['history', 'notes']);
    invalidateFields(cache, linked(cache, release, 'deliverable'), ['releases', 'history']);
  },

  declareAdoption: (r, args, cache) => adoptionChanged(cache, returned(cache, r, 'declareAdoption'), input(args)),
  updateAdoption: (r, _a, cache) => adoptionChanged(cache, returned(cache, r, 'updateAdoption')),
  confirmAdoption: (r, _a, cache) => adoptionChanged(cache, returned(cache, r, 'confirmAdoption')),
  verifyAdoption: (r, _a, cache) => adoptionChanged(cache, returned(cache, r, 'verifyAdoption')),
  withdrawAdoption: (r, args, cache) => {
    // Returns the deliverable: the adoption's organisation is read from the cache, if known.
    const adoption = entity(cache, 'Adoption', input(args).id);
    adoptionChanged(cache, adoption, { deliverable: (r.withdrawAdoption as { id?: unknown } | null)?.id });
    if (adoption) cache.invalidate(adoption);
  },

  // A curator's merge moves every link of the duplicate: refetch everything.
  mergeOrganisations: (_r, _a, cache) => invalidateAll(cache),

  follow: (_r, _a, cache) => invalidateFields(cache, viewer(cache), ['follows']),
  unfollow: (_r, _a, cache) => invalidateFields(cache, viewer(cache), ['follows']),
  markNotificationsRead: (_r, _a, cache) => invalidateFields(cache, viewer(cache), ['notifications']),
  setEmailDigest: (_r, _a, cache) => invalidateFields(cache, viewer(cache), ['emailDigest']),

  createWebhook: (_r, _a, cache) => invalidateFields(cache, 'Query', ['webhooks']),
  deleteWebhook: (_r, args, cache) => {
    const webhook = entity(cache, 'Webhook', args.id);
    if (webhook) cache.invalidate(webhook);
    invalidateFields(cache, 'Query', ['webhooks', 'webhookDeliveries']);
  },
  redeliverWebhook: (_r, _a, cache) => invalidateFields(cache, 'Query', ['webhookDeliveries']),

  // The thesaurus decides which other words a search looks for: the lists of concepts (all, and
  // filtered by a term) and every search are asked again. An edited concept updates itself in the
  // cache, but whether it still matches a `term` filter may have changed.
  createSearchConcept: (_r, _a, cache) => invalidateFields(cache, 'Query', THESAURUS_LISTS),
  updateSearchConcept: (_r, _a, cache) => invalidateFields(cache, 'Query', THESAURUS_LISTS),
  deleteSearchConcept: (_r, args, cache) => {
    const concept = entity(cache, 'SearchConcept', args.id);
    if (concept) cache.invalidate(concept);
    invalidateFields(cache, 'Query', THESAURUS_LISTS);
  },
};
