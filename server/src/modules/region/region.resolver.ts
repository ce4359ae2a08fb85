import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Lang } from '../../domain/enums.js';
import { checkPattern, LangArg, orNotFound } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { asViews, type ViewRow } from '../../graphql/loaders.js';
import { regionByCode } from './region.loaders.js';
import { REGION } from './region.queries.js';
import { RegionView } from './region.types.js';

@Resolver(() => RegionView)
export class RegionResolver {
  @Query(() => RegionView, {
    description: 'A region by its 2-digit Statistics Finland code, e.g. "12" for Pohjois-Karjala.',
  })
  async region(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    checkPattern(code, /^\d{2}$/, 'code', 'a 2-digit region code such as "12"');
    return orNotFound(await regionByCode(ctx).load(code), 'code', 'region');
  }

  @Query(() => [RegionView], { description: 'All regions, by code (a short, fixed list).' })
  async regions(@Ctx() ctx: Context) {
    return asViews(
      REGION.typename,
      await ctx.sql.all<{ uuid: string }>(`select ${REGION.columns} from ${REGION.from} order by t.code`),
      ctx.sql,
    );
  }

  @FieldResolver(() => Text)
  name(@Root() r: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(r.nameTranslations as object, lang ?? ctx.lang);
  }
}
