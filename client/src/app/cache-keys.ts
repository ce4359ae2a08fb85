// What Graphcache must know about schema/schema.graphql without shipping the schema itself.
// Both lists are checked against the schema by urql.test.ts: a schema change that adds a type
// fails that test with the corrected list, so they cannot go stale silently.

/**
 * Object types without an `id: ID!`: values, not entities. Graphcache stores them inside their
 * parent field (keyed by that field's arguments), so `name(lang: fi)` and `name(lang: sv)` of one
 * project never collide.
 */
export const EMBEDDED_TYPES = [
  'AdopterLikeMe',
  'AdopterLikeMeConnection',
  'AdopterLikeMeEdge',
  'AdoptionConnection',
  'AdoptionEdge',
  'ChangeEventConnection',
  'ChangeEventEdge',
  'Contact',
  'ContactPath',
  'CoverageGap',
  'CreatedApiKey',
  'CreatedInvitation',
  'CreatedWebhook',
  'DeliverableConnection',
  'DeliverableDraft',
  'DeliverableEdge',
  'EmailDigest',
  'FacetValue',
  'FieldChange',
  'FollowConnection',
  'FollowEdge',
  'GeoPoint',
  'GrantConnection',
  'GrantEdge',
  'GraphEdge',
  'GraphStats',
  'InvitationPreview',
  'LocalizedText',
  'Membership',
  'NationalServiceConnection',
  'NationalServiceEdge',
  'Neighbourhood',
  'NotificationConnection',
  'NotificationEdge',
  'OrganisationConnection',
  'OrganisationEdge',
  'Outcome',
  'PageInfo',
  'ParticipationConnection',
  'ParticipationEdge',
  'ProjectConnection',
  'ProjectEdge',
  'ProjectReuseStats',
  'ProjectReuseStatsConnection',
  'ProjectReuseStatsEdge',
  'ProjectSpecificationConnection',
  'ProjectSpecificationEdge',
  'PubliccodeDraft',
  'PubliccodeGap',
  'PubliccodeIssue',
  'RegionGrantSum',
  'RelatedProject',
  'RelatedReason',
  'ReleaseLink',
  'ReuseChain',
  'SearchFacets',
  'SearchHit',
  'SearchHitEdge',
  'SearchResult',
  'SearchSynonyms',
  'ServiceUseConnection',
  'ServiceUseEdge',
  'SimilarMunicipality',
  'SimilarityReason',
  'Snippet',
  'Source',
  'SpecificationConnection',
  'SpecificationEdge',
  'Text',
  'ThemeGrantSum',
  'WebhookDeliveryAttempt',
  'WebhookDeliveryConnection',
  'WebhookDeliveryEdge',
  'YearGrantSum',
] as const;

/**
 * Types that do have an id but must still be embedded, each for a reason:
 * - GraphNode: its id is the drawn node's global id, but `hops` depends on the centre of the
 *   drawing and `label` on the language of the query (not on an argument of its own), so one
 *   normalised GraphNode would mix drawings and languages.
 * - ReasonItem: `id` is nullable (words and themes have none) and it names a shared value, not a
 *   record of its own.
 */
export const EMBEDDED_WITH_ID = ['GraphNode', 'ReasonItem'] as const;

/**
 * The concrete types of each interface and union, so that `... on Project` inside a `Node` field
 * matches exactly instead of by Graphcache's heuristic (which warns and can guess wrong).
 */
export const POSSIBLE_TYPES: Record<string, readonly string[]> = {
  Node: [
    'Adoption',
    'Deliverable',
    'File',
    'FundingCall',
    'FundingProgramme',
    'Grant',
    'LessonLearned',
    'NationalService',
    'Organisation',
    'Participation',
    'Project',
    'ProjectLink',
    'ProjectSpecification',
    'Region',
    'Release',
    'ServiceUse',
    'Specification',
  ],
};
