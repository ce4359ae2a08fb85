import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Lang, ProjectSpecificationRelation, SpecificationKind } from '../../domain/enums.js';
import { LangArg, loadBySlug } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { Conditions } from '../../graphql/conditions.js';
import { keysetPage, NAME_ORDER } from '../../graphql/keyset.js';
import type { ViewRow } from '../../graphql/loaders.js';
import { nestedConnection } from '../../graphql/nested.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { projectById } from '../project/project.loaders.js';
import { ProjectView } from '../project/project.types.js';
import {
  projectsOfSpecification,
  specificationById,
  specificationBySlug,
  specificationsOfOwner,
  specificationsOfProject,
} from './specification.loaders.js';
import { SPECIFICATION } from './specification.queries.js';
import { ProjectSpecificationView, SpecificationView } from './specification.types.js';
import { embeddedMany } from '../../graphql/many-embeds.js';

export const SpecificationConnection = ConnectionType('Specification', SpecificationView);
export const ProjectSpecificationConnection = ConnectionType('ProjectSpecification', ProjectSpecificationView);

@Resolver(() => SpecificationView)
export class SpecificationResolver {
  @Query(() => SpecificationView, { description: 'A specification by slug, e.g. "kaavatietomalli".' })
  async specification(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context) {
    return loadBySlug(specificationBySlug(ctx), slug, 'specification');
  }

  @Query(() => SpecificationConnection, { description: 'Specifications by name.' })
  specifications(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kind', () => [SpecificationKind], { nullable: true }) kind: SpecificationKind[] | null,
    @Ctx() ctx: Context,
  ) {
    const filter = new Conditions().anyOf(kind, 't.kind = any(?::text[])').build();
    return keysetPage(ctx.sql, SPECIFICATION, { ...filter, orderBy: NAME_ORDER, first: page.first, after: page.after });
  }

  @FieldResolver(() => Text)
  name(@Root() s: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(s.nameTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => Text, { nullable: true })
  description(@Root() s: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(s.descriptionTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The (first-named) maintainer.' })
  owner(@Root() s: ViewRow, @Ctx() ctx: Context) {
    return s.ownerId ? organisationById(ctx).load(s.ownerId as string) : null;
  }

  @FieldResolver(() => ProjectSpecificationConnection, {
    description: 'Projects that applied or published the specification.',
  })
  projects(
    @Root() s: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('relation', () => ProjectSpecificationRelation, { nullable: true })
    relation: ProjectSpecificationRelation | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(projectsOfSpecification(ctx), s.uuid, page, relation);
  }
}

@Resolver(() => ProjectSpecificationView)
export class ProjectSpecificationResolver {
  @FieldResolver(() => ProjectView)
  project(@Root() x: ViewRow, @Ctx() ctx: Context) {
    return projectById(ctx).load(x.projectId as string);
  }

  @FieldResolver(() => SpecificationView)
  specification(@Root() x: ViewRow, @Ctx() ctx: Context) {
    return specificationById(ctx).load(x.specificationId as string);
  }
}

@Resolver(() => ProjectView)
export class ProjectSpecificationsResolver {
  @FieldResolver(() => [ProjectSpecificationView], { description: 'Specifications the project applied or published.' })
  specifications(@Root() p: ViewRow, @Ctx() ctx: Context) {
    return embeddedMany(p, 'specifications')?.rows ?? specificationsOfProject(ctx).load(p.uuid);
  }
}

@Resolver(() => OrganisationView)
export class OrganisationSpecificationsResolver {
  @FieldResolver(() => [SpecificationView], { description: 'Specifications the organisation maintains.' })
  ownedSpecifications(@Root() o: ViewRow, @Ctx() ctx: Context) {
    return specificationsOfOwner(ctx).load(o.uuid);
  }
}
