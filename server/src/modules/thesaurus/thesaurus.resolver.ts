import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IdempotencyKeyArg } from '../../graphql/mutation-args.js';
import { SearchConceptInput, UpdateSearchConceptInput } from './thesaurus.inputs.js';
import * as service from './thesaurus.service.js';
import { SearchConceptView } from './thesaurus.types.js';

@Resolver(() => SearchConceptView)
export class ThesaurusResolver {
  @Query(() => [SearchConceptView], {
    description:
      'The search thesaurus, in its order (a few hundred concepts at most); with `term`, the concepts with a term containing it.',
  })
  searchConcepts(@Arg('term', () => String, { nullable: true }) term: string | null, @Ctx() ctx: Context) {
    return service.listConcepts(ctx, term);
  }

  @Authorized()
  @Mutation(() => SearchConceptView, { description: 'Adds a concept to the search thesaurus (curators).' })
  createSearchConcept(
    @Arg('input', () => SearchConceptInput) input: SearchConceptInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.createConcept(ctx, input, key);
  }

  @Authorized()
  @Mutation(() => SearchConceptView, {
    description: "Replaces a concept's terms (curators), under optimistic locking.",
  })
  updateSearchConcept(
    @Arg('input', () => UpdateSearchConceptInput) input: UpdateSearchConceptInput,
    @IdempotencyKeyArg() key: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.updateConcept(ctx, input, key);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Removes a concept from the search thesaurus (curators); returns its id.' })
  deleteSearchConcept(@Arg('id', () => ID) id: string, @IdempotencyKeyArg() key: string | null, @Ctx() ctx: Context) {
    return service.deleteConcept(ctx, id, key);
  }
}
