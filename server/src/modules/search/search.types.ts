import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DeliverableKind, Lang, Theme } from '../../domain/enums.js';
import { LocalizedText } from '../../graphql/common.types.js';
import { Node, PageInfo } from '../../graphql/relay.js';

export enum SearchKind {
  PROJECT = 'PROJECT',
  DELIVERABLE = 'DELIVERABLE',
  ORGANISATION = 'ORGANISATION',
  NATIONAL_SERVICE = 'NATIONAL_SERVICE',
  SPECIFICATION = 'SPECIFICATION',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'What kind of node a search hit is.' });

@ObjectType('Snippet', { simpleResolvers: true, description: 'An excerpt with the matching words highlighted.' })
export class Snippet {
  @Field(() => String, { description: 'Plain text.' })
  text!: string;

  @Field(() => String, { description: 'HTML-escaped text with matches in <mark> elements: safe to insert as HTML.' })
  html!: string;

  @Field(() => Lang, {
    description: 'The language of the excerpt: the requested one, or the one it fell back to (mark it up with lang).',
  })
  lang!: Lang;
}

@ObjectType('SearchSynonyms', {
  simpleResolvers: true,
  description:
    'Words searched for besides one the query typed: the same concept in the other languages or other forms ' +
    '(a built-in fi/sv/en thesaurus of municipal digitalisation). Quoting a word ("kaavoitus") searches for it alone.',
})
export class SearchSynonyms {
  @Field(() => String, { description: 'The word or words as the query has them (lower case).' })
  term!: string;

  @Field(() => [String], { description: 'What was searched for as well, each as a phrase.' })
  synonyms!: string[];
}

@ObjectType('SearchHit', { simpleResolvers: true, description: 'One ranked search result.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => Node, { description: 'The project, deliverable, organisation, national service or specification.' })
  node!: Node;

  @Field(() => Float, { description: 'Relevance: higher is better (0 when browsing without a query).' })
  score!: number;

  @Field(() => LocalizedText, { description: 'Its name or title in every language.' })
  titleTranslations!: LocalizedText;

  @Field(() => Snippet, {
    nullable: true,
    description: 'Excerpt in the requested language (with fallback), matches highlighted.',
  })
  snippet!: Snippet | null;
}

@ObjectType('SearchHitEdge', { simpleResolvers: true })
export class SearchHitEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => SearchHit)
  node!: SearchHit;
}

@ObjectType('FacetValue', { simpleResolvers: true, description: 'One value of a facet and how many hits have it.' })
export class FacetValue {
  @Field(() => String, { description: 'The value to put in the filter (an enum value, code, slug or year).' })
  value!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'Display name for codes and slugs (regions, municipalities, services, specifications).',
  })
  labelTranslations!: LocalizedText | null;

  @Field(() => Boolean, { description: 'True when this value is in the current filter.' })
  selected!: boolean;
}

@ObjectType('SearchFacets', {
  simpleResolvers: true,
  description: 'Counts over the same hits as the results; each facet is counted under the other facets’ selections.',
})
export class SearchFacets {
  @Field(() => [FacetValue]) kind!: FacetValue[];
  @Field(() => [FacetValue]) theme!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Project status or deliverable development status.' })
  status!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Region codes.' }) region!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Municipality codes (top 20).' }) municipality!: FacetValue[];
  @Field(() => [FacetValue], { description: 'National service slugs.' }) nationalService!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Specification slugs.' }) specification!: FacetValue[];
  @Field(() => [FacetValue]) deliverableKind!: FacetValue[];
  @Field(() => [FacetValue], { description: 'SPDX licence ids.' }) licence!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Content languages (fi, sv, en).' }) language!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Funding call years.' }) year!: FacetValue[];
}

@ObjectType('SearchResult', { simpleResolvers: true, description: 'Ranked hits with facets.' })
export class SearchResult {
  @Field(() => [SearchHitEdge])
  edges!: SearchHitEdge[];

  @Field(() => [SearchHit])
  nodes!: SearchHit[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      'Number of hits after the filter. When totalCountIsExact is false, a lower bound: the number of ' +
      'candidates ranked, which the true number usually exceeds by far.',
  })
  totalCount!: number;

  @Field(() => Boolean, {
    description:
      'False when the query matches too many documents (over 5,000, by the table statistics) to read them all: only a bounded set of ' +
      'candidates (at most 2,000, those whose name, keywords or summary match first) is ranked and can be paged ' +
      'through, and totalCount is a lower bound (show it as e.g. "2 000+"). Within a filter that leaves few documents ' +
      '(organisations, national services or specifications only; a small municipality) every one of them is ' +
      'read, so the count stays exact up to 2,000 hits.',
  })
  totalCountIsExact!: boolean;

  @Field(() => SearchFacets)
  facets!: SearchFacets;

  @Field(() => Boolean, {
    description:
      'False when the query matches too many documents to read them all: facet counts are then lower ' +
      'bounds, counted over the ranked candidates, which all pass the whole filter (so a facet with a ' +
      'selection lists only its selected values).',
  })
  facetsAreExact!: boolean;

  @Field(() => [SearchSynonyms], { description: 'The thesaurus words the search added, per term of the query.' })
  synonyms!: SearchSynonyms[];

  @Field(() => Boolean, {
    description:
      'True when no document holds every word of the query (with the filter): the hits then hold some of the ' +
      'words, those holding more of them and holding them better first. Say so to the reader.',
  })
  partialMatch!: boolean;
}

@InputType('SearchFilter', {
  description: 'Facet selections: a hit must match one of the values of every facet given.',
})
export class SearchFilter {
  @Field(() => [SearchKind], { nullable: true }) kind?: SearchKind[];
  @Field(() => [Theme], { nullable: true }) theme?: Theme[];
  @Field(() => [String], { nullable: true }) status?: string[];
  @Field(() => [String], { nullable: true, description: 'Region codes.' }) region?: string[];
  @Field(() => [String], { nullable: true, description: 'Municipality codes.' }) municipality?: string[];
  @Field(() => [String], { nullable: true, description: 'National service slugs.' }) nationalService?: string[];
  @Field(() => [String], { nullable: true, description: 'Specification slugs.' }) specification?: string[];
  @Field(() => [DeliverableKind], { nullable: true }) deliverableKind?: DeliverableKind[];
  @Field(() => [String], { nullable: true }) licence?: string[];
  @Field(() => [String], { nullable: true }) language?: string[];
  @Field(() => [Int], { nullable: true }) year?: number[];
}
