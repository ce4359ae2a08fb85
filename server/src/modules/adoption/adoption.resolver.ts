import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Lang, VerificationLevel } from '../../domain/enums.js';
import { LangArg } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { keysetPage } from '../../graphql/keyset.js';
import { embedded, type ViewRow } from '../../graphql/loaders.js';
import { embeddedMany } from '../../graphql/many-embeds.js';
import { nestedConnection } from '../../graphql/nested.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { deliverableById } from '../deliverable/deliverable.loaders.js';
import { DeliverableView } from '../deliverable/deliverable.types.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { projectById } from '../project/project.loaders.js';
import { ProjectView } from '../project/project.types.js';
import { adoptionsOfDeliverable, adoptionsOfOrganisation } from './adoption.loaders.js';
import { ADOPTION, adoptionFilter } from './adoption.queries.js';
import { AdoptionFilter, AdoptionView } from './adoption.types.js';

export const AdoptionConnection = ConnectionType('Adoption', AdoptionView);

@Resolver(() => AdoptionView)
export class AdoptionResolver {
  @Query(() => AdoptionConnection, { description: 'Adoptions, most recently changed first.' })
  adoptions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AdoptionFilter, { nullable: true }) filter: AdoptionFilter | null,
    @Ctx() ctx: Context,
  ) {
    return keysetPage(ctx.sql, ADOPTION, {
      ...adoptionFilter(filter),
      orderBy: 't.updated_at',
      direction: 'desc',
      first: page.first,
      after: page.after,
    });
  }

  @FieldResolver(() => Text, { nullable: true, description: 'What the adopter uses it for.' })
  useCase(@Root() a: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(a.useCaseTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => OrganisationView, { description: 'The adopter.' })
  organisation(@Root() a: ViewRow, @Ctx() ctx: Context) {
    return embedded(a, 'organisation') ?? organisationById(ctx).load(a.organisationId as string);
  }

  @FieldResolver(() => DeliverableView)
  deliverable(@Root() a: ViewRow, @Ctx() ctx: Context) {
    return deliverableById(ctx).load(a.deliverableId as string);
  }

  @FieldResolver(() => ProjectView, { nullable: true, description: 'The project through which it was adopted.' })
  viaProject(@Root() a: ViewRow, @Ctx() ctx: Context) {
    return a.viaProjectId ? projectById(ctx).load(a.viaProjectId as string) : null;
  }
}

@Resolver(() => DeliverableView)
export class DeliverableAdoptionsResolver {
  @FieldResolver(() => AdoptionConnection, { description: 'Who adopted it: verified first, claims last.' })
  adoptions(
    @Root() d: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('verification', () => VerificationLevel, { nullable: true }) verification: VerificationLevel | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(adoptionsOfDeliverable(ctx), d.uuid, page, verification, embeddedMany(d, 'adoptions'));
  }
}

@Resolver(() => OrganisationView)
export class OrganisationAdoptionsResolver {
  @FieldResolver(() => AdoptionConnection, { description: 'What the organisation adopted.' })
  adoptions(
    @Root() o: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('verification', () => VerificationLevel, { nullable: true }) verification: VerificationLevel | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(adoptionsOfOrganisation(ctx), o.uuid, page, verification, embeddedMany(o, 'adoptions'));
  }
}
