import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Lang, NationalServiceKind, ServiceRelation } from '../../domain/enums.js';
import { LangArg, loadBySlug } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { Conditions } from '../../graphql/conditions.js';
import { keysetPage, NAME_ORDER } from '../../graphql/keyset.js';
import { embedded, type ViewRow } from '../../graphql/loaders.js';
import { nestedConnection } from '../../graphql/nested.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { projectById } from '../project/project.loaders.js';
import { ProjectView } from '../project/project.types.js';
import {
  nationalServiceById,
  nationalServiceBySlug,
  serviceUsesOfProject,
  servicesOfProvider,
  usesOfService,
} from './national-service.loaders.js';
import { NATIONAL_SERVICE } from './national-service.queries.js';
import { NationalServiceView, ServiceUseView } from './national-service.types.js';
import { embeddedMany } from '../../graphql/many-embeds.js';

export const NationalServiceConnection = ConnectionType('NationalService', NationalServiceView);
export const ServiceUseConnection = ConnectionType('ServiceUse', ServiceUseView);

@Resolver(() => NationalServiceView)
export class NationalServiceResolver {
  @Query(() => NationalServiceView, {
    description: 'A national service by slug, e.g. "lupapiste" or "suomifi-tunnistus".',
  })
  async nationalService(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context) {
    return loadBySlug(nationalServiceBySlug(ctx), slug, 'national service');
  }

  @Query(() => NationalServiceConnection, { description: 'National services by name.' })
  nationalServices(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kind', () => [NationalServiceKind], { nullable: true }) kind: NationalServiceKind[] | null,
    @Ctx() ctx: Context,
  ) {
    const filter = new Conditions().anyOf(kind, 't.kind = any(?::text[])').build();
    return keysetPage(ctx.sql, NATIONAL_SERVICE, {
      ...filter,
      orderBy: NAME_ORDER,
      first: page.first,
      after: page.after,
    });
  }

  @FieldResolver(() => Text)
  name(@Root() s: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(s.nameTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => Text, { nullable: true })
  description(@Root() s: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(s.descriptionTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => OrganisationView, { nullable: true })
  provider(@Root() s: ViewRow, @Ctx() ctx: Context) {
    return s.providerId ? organisationById(ctx).load(s.providerId as string) : null;
  }

  @FieldResolver(() => ServiceUseConnection, {
    description: 'Projects and deliverables that use the service, and how.',
  })
  uses(
    @Root() s: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('relation', () => ServiceRelation, { nullable: true }) relation: ServiceRelation | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(usesOfService(ctx), s.uuid, page, relation);
  }
}

@Resolver(() => ServiceUseView)
export class ServiceUseResolver {
  @FieldResolver(() => NationalServiceView)
  service(@Root() u: ViewRow, @Ctx() ctx: Context) {
    return embedded(u, 'service') ?? nationalServiceById(ctx).load(u.serviceId as string);
  }

  @FieldResolver(() => ProjectView, {
    nullable: true,
    description: 'The project using the service (or null when a deliverable does).',
  })
  project(@Root() u: ViewRow, @Ctx() ctx: Context) {
    return u.projectId ? projectById(ctx).load(u.projectId as string) : null;
  }

  @FieldResolver(() => Text, { nullable: true })
  description(@Root() u: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(u.descriptionTranslations as object, lang ?? ctx.lang);
  }
}

@Resolver(() => ProjectView)
export class ProjectServiceUsesResolver {
  @FieldResolver(() => ServiceUseConnection, { description: 'National services the project uses.' })
  serviceUses(
    @Root() p: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('relation', () => ServiceRelation, { nullable: true }) relation: ServiceRelation | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(serviceUsesOfProject(ctx), p.uuid, page, relation, embeddedMany(p, 'serviceUses'));
  }
}

@Resolver(() => OrganisationView)
export class OrganisationServicesResolver {
  @FieldResolver(() => [NationalServiceView], { description: 'National services the organisation provides.' })
  providedServices(@Root() o: ViewRow, @Ctx() ctx: Context) {
    return servicesOfProvider(ctx).load(o.uuid);
  }
}
