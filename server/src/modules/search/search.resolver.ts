import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Lang } from '../../domain/enums.js';
import { LangArg } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/relay.js';
import { search } from './search.service.js';
import { FacetValue, SearchFilter, SearchHit, SearchResult } from './search.types.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchResult, {
    description:
      'Ranked search over projects, deliverables, organisations, national services and specifications in Finnish, Swedish and English, ' +
      'with facets. Websearch syntax: words, "quoted phrases", -exclusions, OR. Inflected and compound forms, small typos and words typed without ä, ö and å are found. ' +
      'An empty query browses with the filter; one with no word to look for (only symbols, emoji or stop words) finds nothing.',
  })
  search(
    @Arg('query', () => String, { nullable: true, description: 'What to look for (at most 500 characters).' })
    query: string | null,
    @LangArg() lang: Lang | null,
    @Arg('filter', () => SearchFilter, { nullable: true }) filter: SearchFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return search(ctx, { query, lang: lang ?? ctx.lang, filter, first: page.first, after: page.after });
  }

  @FieldResolver(() => Text, { description: 'Name or title in the wanted language, with fallback.' })
  title(@Root() hit: SearchHit, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(hit.titleTranslations, lang ?? ctx.lang);
  }
}

@Resolver(() => FacetValue)
export class FacetValueResolver {
  @FieldResolver(() => Text, {
    nullable: true,
    description: 'Display name in the wanted language, for codes and slugs.',
  })
  label(@Root() f: FacetValue, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(f.labelTranslations, lang ?? ctx.lang);
  }
}
