import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Lang, LanguageStatus, OrganisationKind } from '../../domain/enums.js';
import { checkPattern, LangArg, orNotFound } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { keysetPage } from '../../graphql/keyset.js';
import type { ViewRow } from '../../graphql/loaders.js';
import { nestedConnection } from '../../graphql/nested.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { regionById } from '../region/region.loaders.js';
import { RegionView } from '../region/region.types.js';
import { municipalitiesOfRegion, municipalityByCode, organisationById } from './organisation.loaders.js';
import { ORGANISATION, ORGANISATION_ORDER, organisationFilter } from './organisation.queries.js';
import { OrganisationFilter, OrganisationView } from './organisation.types.js';

export const OrganisationConnection = ConnectionType('Organisation', OrganisationView);

@Resolver(() => OrganisationView)
export class OrganisationResolver {
  @Query(() => OrganisationView, { description: 'An organisation by its global id.' })
  async organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { id: uuid } = fromGlobalId(id, 'id', ['Organisation']);
    return orNotFound(await organisationById(ctx).load(uuid), 'id', 'organisation');
  }

  @Query(() => OrganisationView, {
    description: 'A municipality by its 3-digit Statistics Finland code, e.g. "564" for Oulu.',
  })
  async municipality(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    checkPattern(code, /^\d{3}$/, 'code', 'a 3-digit municipality code such as "091"');
    return orNotFound(await municipalityByCode(ctx).load(code), 'code', 'municipality');
  }

  @Query(() => OrganisationConnection, { description: 'Organisations, alphabetically, filtered.' })
  organisations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return keysetPage(ctx.sql, ORGANISATION, {
      ...organisationFilter(filter),
      orderBy: ORGANISATION_ORDER,
      first: page.first,
      after: page.after,
    });
  }

  @Query(() => OrganisationConnection, {
    description: 'The 309 municipalities of 2021, alphabetically; filter by region and language status.',
  })
  municipalities(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('region', () => [String], { nullable: true, description: 'Region codes, e.g. ["12"].' })
    region: string[] | null,
    @Arg('languageStatus', () => [LanguageStatus], { nullable: true }) languageStatus: LanguageStatus[] | null,
    @Ctx() ctx: Context,
  ) {
    for (const r of region ?? []) checkPattern(r, /^\d{2}$/, 'region', 'a list of 2-digit region codes');
    const f = organisationFilter({
      kind: [OrganisationKind.MUNICIPALITY],
      region: region ?? undefined,
      languageStatus: languageStatus ?? undefined,
    });
    return keysetPage(ctx.sql, ORGANISATION, {
      ...f,
      orderBy: ORGANISATION_ORDER,
      first: page.first,
      after: page.after,
    });
  }

  @FieldResolver(() => Text, { description: 'Name in the wanted language, with fallback.' })
  name(@Root() o: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(o.nameTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => RegionView, { nullable: true })
  region(@Root() o: ViewRow, @Ctx() ctx: Context) {
    return o.regionId ? regionById(ctx).load(o.regionId as string) : null;
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'Parent organisation.' })
  parent(@Root() o: ViewRow, @Ctx() ctx: Context) {
    return o.parentId ? organisationById(ctx).load(o.parentId as string) : null;
  }

  @FieldResolver(() => OrganisationView, {
    nullable: true,
    description: 'E.g. the in-house company or regional group it belongs to.',
  })
  memberOf(@Root() o: ViewRow, @Ctx() ctx: Context) {
    return o.memberOfId ? organisationById(ctx).load(o.memberOfId as string) : null;
  }

  @FieldResolver(() => OrganisationView, {
    nullable: true,
    description: 'The organisation this one succeeded (municipal mergers).',
  })
  successorOf(@Root() o: ViewRow, @Ctx() ctx: Context) {
    return o.successorOfId ? organisationById(ctx).load(o.successorOfId as string) : null;
  }
}

@Resolver(() => RegionView)
export class RegionMunicipalitiesResolver {
  @FieldResolver(() => OrganisationConnection, { description: 'Municipalities of the region, alphabetically.' })
  municipalities(@Root() r: ViewRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return nestedConnection(municipalitiesOfRegion(ctx), r.uuid, page, OrganisationKind.MUNICIPALITY);
  }
}
