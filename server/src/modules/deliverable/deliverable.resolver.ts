import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DeliverableKind, Lang } from '../../domain/enums.js';
import { LangArg, orNotFound } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { keysetPage } from '../../graphql/keyset.js';
import { embedded, type ViewRow } from '../../graphql/loaders.js';
import { nestedConnection } from '../../graphql/nested.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { serviceUsesOfDeliverable } from '../national-service/national-service.loaders.js';
import { ServiceUseConnection } from '../national-service/national-service.resolver.js';
import { ServiceUseView } from '../national-service/national-service.types.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { ProjectView } from '../project/project.types.js';
import { conformsToOfDeliverable } from '../specification/specification.loaders.js';
import { SpecificationView } from '../specification/specification.types.js';
import {
  conformingDeliverables,
  deliverableById,
  deliverablesOfProject,
  deliverablesOfPublisher,
  derivativesOfDeliverable,
  filesOfRelease,
  projectsOfDeliverable,
  releaseById,
  releasesOfDeliverable,
} from './deliverable.loaders.js';
import { DELIVERABLE, DELIVERABLE_ORDER, deliverableFilter } from './deliverable.queries.js';
import { DeliverableFilter, DeliverableOrder, DeliverableView, FileView, ReleaseView } from './deliverable.types.js';
import { embeddedMany } from '../../graphql/many-embeds.js';
import { SOFTWARE_TYPE } from '../export/publiccode.export.js';
import { publiccodeGaps, type PubliccodeFacts } from '../export/publiccode.requirements.js';
import { PubliccodeGap } from '../export/publiccode.types.js';

export const DeliverableConnection = ConnectionType('Deliverable', DeliverableView);

@Resolver(() => DeliverableView)
export class DeliverableResolver {
  @Query(() => DeliverableView, { description: 'A deliverable by global id.' })
  async deliverable(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { id: uuid } = fromGlobalId(id, 'id', ['Deliverable']);
    return orNotFound(await deliverableById(ctx).load(uuid), 'id', 'deliverable');
  }

  @Query(() => DeliverableConnection, { description: 'Deliverables, filtered, newest first unless told otherwise.' })
  deliverables(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DeliverableFilter, { nullable: true }) filter: DeliverableFilter | null,
    @Arg('orderBy', () => DeliverableOrder, { nullable: true, defaultValue: DeliverableOrder.RECENT })
    orderBy: DeliverableOrder,
    @Ctx() ctx: Context,
  ) {
    const order = DELIVERABLE_ORDER[orderBy ?? DeliverableOrder.RECENT];
    return keysetPage(ctx.sql, DELIVERABLE, {
      ...deliverableFilter(filter),
      orderBy: order.expr,
      direction: order.direction,
      first: page.first,
      after: page.after,
    });
  }

  @FieldResolver(() => Text)
  title(@Root() d: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(d.titleTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => Text, { nullable: true })
  async shortDescription(@Root() d: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn((await d.shortDescriptionTranslations) as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => Text, { nullable: true })
  async description(@Root() d: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn((await d.descriptionTranslations) as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => [PubliccodeGap], {
    nullable: true,
    description:
      'What it lacks for its publiccode.yml export (/export/deliverables/{id}/publiccode.yml): empty when the export works, null for kinds that are not software.',
  })
  async publiccodeMissing(@Root() d: ViewRow) {
    if (!SOFTWARE_TYPE[d.kind as DeliverableKind]) return null;
    const [shortDescription, description, keywords, contacts] = await Promise.all([
      d.shortDescriptionTranslations,
      d.descriptionTranslations,
      d.keywords,
      d.contacts,
    ]);
    return publiccodeGaps({
      shortDescription,
      description,
      keywords,
      contacts,
      licence: d.licence,
      languages: d.languages,
      platforms: d.platforms,
      maintenanceType: d.maintenanceType,
      maintenanceUntil: d.maintenanceUntil,
      repositoryUrl: d.repositoryUrl,
      developmentStatus: d.developmentStatus,
    } as PubliccodeFacts);
  }

  @FieldResolver(() => OrganisationView, { nullable: true })
  publisher(@Root() d: ViewRow, @Ctx() ctx: Context) {
    const e = embedded(d, 'publisher');
    if (e !== undefined) return e;
    return d.publisherId ? organisationById(ctx).load(d.publisherId as string) : null;
  }

  @FieldResolver(() => DeliverableView, { nullable: true, description: 'The deliverable this one is based on.' })
  derivedFrom(@Root() d: ViewRow, @Ctx() ctx: Context) {
    return d.derivedFromId ? deliverableById(ctx).load(d.derivedFromId as string) : null;
  }

  @FieldResolver(() => DeliverableConnection, { description: 'Deliverables based on this one.' })
  derivatives(@Root() d: ViewRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return nestedConnection(derivativesOfDeliverable(ctx), d.uuid, page);
  }

  @FieldResolver(() => [ProjectView], { description: 'The project(s) that produced it.' })
  projects(@Root() d: ViewRow, @Ctx() ctx: Context) {
    return embeddedMany(d, 'projects')?.rows ?? projectsOfDeliverable(ctx).load(d.uuid);
  }

  @FieldResolver(() => [ReleaseView], { description: 'Releases, newest first.' })
  releases(@Root() d: ViewRow, @Ctx() ctx: Context) {
    return embeddedMany(d, 'releases')?.rows ?? releasesOfDeliverable(ctx).load(d.uuid);
  }

  @FieldResolver(() => [SpecificationView], { description: 'Specifications it conforms to.' })
  conformsTo(@Root() d: ViewRow, @Ctx() ctx: Context) {
    return conformsToOfDeliverable(ctx).load(d.uuid);
  }

  @FieldResolver(() => ServiceUseConnection, { description: 'National services it uses.' })
  serviceUses(@Root() d: ViewRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return nestedConnection(serviceUsesOfDeliverable(ctx), d.uuid, page, null, embeddedMany(d, 'serviceUses'));
  }
}

@Resolver(() => ReleaseView)
export class ReleaseResolver {
  @FieldResolver(() => Text, { nullable: true })
  notes(@Root() r: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(r.notesTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => DeliverableView)
  deliverable(@Root() r: ViewRow, @Ctx() ctx: Context) {
    return deliverableById(ctx).load(r.deliverableId as string);
  }

  @FieldResolver(() => [FileView])
  files(@Root() r: ViewRow, @Ctx() ctx: Context) {
    return filesOfRelease(ctx).load(r.uuid);
  }
}

@Resolver(() => FileView)
export class FileResolver {
  @FieldResolver(() => ReleaseView, { nullable: true })
  release(@Root() f: ViewRow, @Ctx() ctx: Context) {
    return f.releaseId ? releaseById(ctx).load(f.releaseId as string) : null;
  }
}

@Resolver(() => ProjectView)
export class ProjectDeliverablesResolver {
  @FieldResolver(() => DeliverableConnection, { description: 'What the project produced, newest first.' })
  deliverables(
    @Root() p: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kind', () => DeliverableKind, { nullable: true }) kind: DeliverableKind | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(deliverablesOfProject(ctx), p.uuid, page, kind, embeddedMany(p, 'deliverables'));
  }
}

@Resolver(() => OrganisationView)
export class OrganisationDeliverablesResolver {
  @FieldResolver(() => DeliverableConnection, { description: 'Deliverables the organisation published.' })
  publishedDeliverables(
    @Root() o: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kind', () => DeliverableKind, { nullable: true }) kind: DeliverableKind | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(deliverablesOfPublisher(ctx), o.uuid, page, kind, embeddedMany(o, 'publishedDeliverables'));
  }
}

@Resolver(() => SpecificationView)
export class SpecificationDeliverablesResolver {
  @FieldResolver(() => DeliverableConnection, { description: 'Deliverables that conform to the specification.' })
  conformingDeliverables(
    @Root() s: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kind', () => DeliverableKind, { nullable: true }) kind: DeliverableKind | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(conformingDeliverables(ctx), s.uuid, page, kind);
  }
}

@Resolver(() => ServiceUseView)
export class ServiceUseDeliverableResolver {
  @FieldResolver(() => DeliverableView, {
    nullable: true,
    description: 'The deliverable using the service (or null when a project does).',
  })
  deliverable(@Root() u: ViewRow, @Ctx() ctx: Context) {
    return u.deliverableId ? deliverableById(ctx).load(u.deliverableId as string) : null;
  }
}
