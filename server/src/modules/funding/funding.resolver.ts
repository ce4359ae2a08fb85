import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Lang } from '../../domain/enums.js';
import { exactlyOne, LangArg, orNotFound } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { asViews, embedded, type ViewRow } from '../../graphql/loaders.js';
import { nestedConnection } from '../../graphql/nested.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import {
  callById,
  callByYear,
  callsOfProgramme,
  grantsOfCall,
  grantsOfLead,
  programmeById,
} from './funding.loaders.js';
import { CALL, PROGRAMME } from './funding.queries.js';
import { FundingCallView, FundingProgrammeView, GrantView } from './funding.types.js';

export const GrantConnection = ConnectionType('Grant', GrantView);

@Resolver(() => FundingProgrammeView)
export class FundingProgrammeResolver {
  @Query(() => [FundingProgrammeView], { description: 'Funding programmes (a short list).' })
  async fundingProgrammes(@Ctx() ctx: Context) {
    return asViews(
      PROGRAMME.typename,
      await ctx.sql.all<{ uuid: string }>(`select ${PROGRAMME.columns} from ${PROGRAMME.from} order by t.slug`),
      ctx.sql,
    );
  }

  @FieldResolver(() => Text)
  name(@Root() p: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(p.nameTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => OrganisationView, { nullable: true })
  funder(@Root() p: ViewRow, @Ctx() ctx: Context) {
    return p.funderId ? organisationById(ctx).load(p.funderId as string) : null;
  }

  @FieldResolver(() => [FundingCallView], { description: 'Calls of the programme by year.' })
  calls(@Root() p: ViewRow, @Ctx() ctx: Context) {
    return callsOfProgramme(ctx).load(p.uuid);
  }
}

@Resolver(() => FundingCallView)
export class FundingCallResolver {
  @Query(() => FundingCallView, {
    description: 'A funding call by global id, or by year of the municipal digitalisation incentive.',
  })
  async fundingCall(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    if (exactlyOne({ id, year }) === 'id') {
      const { id: uuid } = fromGlobalId(id!, 'id', ['FundingCall']);
      return orNotFound(await callById(ctx).load(uuid), 'id', 'funding call');
    }
    return orNotFound(await callByYear(ctx).load(String(year)), 'year', 'funding call');
  }

  @Query(() => [FundingCallView], { description: 'All funding calls, newest first.' })
  async fundingCalls(@Ctx() ctx: Context) {
    return asViews(
      CALL.typename,
      await ctx.sql.all<{ uuid: string }>(`select ${CALL.columns} from ${CALL.from} order by t.year desc, t.id`),
      ctx.sql,
    );
  }

  @FieldResolver(() => Text)
  name(@Root() c: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(c.nameTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => FundingProgrammeView)
  programme(@Root() c: ViewRow, @Ctx() ctx: Context) {
    return programmeById(ctx).load(c.programmeId as string);
  }

  @FieldResolver(() => GrantConnection, { description: "The known grants, in the decision's order." })
  grants(@Root() c: ViewRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return nestedConnection(grantsOfCall(ctx), c.uuid, page);
  }
}

@Resolver(() => GrantView)
export class GrantResolver {
  @FieldResolver(() => FundingCallView)
  call(@Root() g: ViewRow, @Ctx() ctx: Context) {
    return embedded(g, 'call') ?? callById(ctx).load(g.callId as string);
  }

  @FieldResolver(() => OrganisationView, { nullable: true })
  leadApplicant(@Root() g: ViewRow, @Ctx() ctx: Context) {
    return g.leadApplicantId ? organisationById(ctx).load(g.leadApplicantId as string) : null;
  }
}

@Resolver(() => OrganisationView)
export class OrganisationGrantsResolver {
  @FieldResolver(() => [GrantView], { description: 'Grants where the organisation is the lead applicant.' })
  leadGrants(@Root() o: ViewRow, @Ctx() ctx: Context) {
    return grantsOfLead(ctx).load(o.uuid);
  }
}
