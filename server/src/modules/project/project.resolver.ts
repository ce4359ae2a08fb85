import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Lang, ParticipationRole } from '../../domain/enums.js';
import { exactlyOne, LangArg, loadBySlug, orNotFound } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { keysetPage } from '../../graphql/keyset.js';
import { embedded, type ViewRow } from '../../graphql/loaders.js';
import { nestedConnection } from '../../graphql/nested.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { grantsOfProject } from '../funding/funding.loaders.js';
import { FundingCallView, GrantView } from '../funding/funding.types.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { RegionView } from '../region/region.types.js';
import {
  leadOfProject,
  lessonsOfProject,
  linksFromProject,
  linksToProject,
  participantsOfProject,
  participationsOfOrganisation,
  projectById,
  projectBySlug,
  projectsOfCall,
  projectsOfRegion,
} from './project.loaders.js';
import { PROJECT, PROJECT_ORDER, projectFilter } from './project.queries.js';
import {
  LessonLearnedView,
  ParticipationView,
  ProjectFilter,
  ProjectLinkView,
  ProjectOrder,
  ProjectView,
} from './project.types.js';
import { embeddedMany } from '../../graphql/many-embeds.js';

export const ProjectConnection = ConnectionType('Project', ProjectView);
export const ParticipationConnection = ConnectionType('Participation', ParticipationView);

@Resolver(() => ProjectView)
export class ProjectResolver {
  @Query(() => ProjectView, { description: 'A project by slug (e.g. "kaatio") or global id.' })
  async project(
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Ctx() ctx: Context,
  ) {
    if (exactlyOne({ slug, id }) === 'slug') {
      return loadBySlug(projectBySlug(ctx), slug!, 'project');
    }
    const { id: uuid } = fromGlobalId(id!, 'id', ['Project']);
    return orNotFound(await projectById(ctx).load(uuid), 'id', 'project');
  }

  @Query(() => ProjectConnection, {
    description: 'Projects, filtered, in a stable order (by name unless told otherwise).',
  })
  projects(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Arg('orderBy', () => ProjectOrder, { nullable: true, defaultValue: ProjectOrder.NAME }) orderBy: ProjectOrder,
    @Ctx() ctx: Context,
  ) {
    const order = PROJECT_ORDER[orderBy ?? ProjectOrder.NAME];
    return keysetPage(ctx.sql, PROJECT, {
      ...projectFilter(filter),
      orderBy: order.expr,
      direction: order.direction,
      first: page.first,
      after: page.after,
    });
  }

  @FieldResolver(() => Text)
  name(@Root() p: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(p.nameTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => Text, { nullable: true })
  async summary(@Root() p: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn((await p.summaryTranslations) as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => Text, { nullable: true })
  async description(@Root() p: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn((await p.descriptionTranslations) as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => [GrantView], { description: 'Grants that fund the project.' })
  grants(@Root() p: ViewRow, @Ctx() ctx: Context) {
    return embeddedMany(p, 'grants')?.rows ?? grantsOfProject(ctx).load(p.uuid);
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The lead applicant.' })
  async leadOrganisation(@Root() p: ViewRow, @Ctx() ctx: Context) {
    return (embeddedMany(p, 'leadOrganisation')?.rows ?? (await leadOfProject(ctx).load(p.uuid)))[0] ?? null;
  }

  @FieldResolver(() => ParticipationConnection, { description: 'Participating organisations, lead applicant first.' })
  participants(
    @Root() p: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('role', () => ParticipationRole, { nullable: true }) role: ParticipationRole | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(participantsOfProject(ctx), p.uuid, page, role, embeddedMany(p, 'participants'));
  }

  @FieldResolver(() => [ProjectLinkView], { description: 'Projects this one continues, derives from or supersedes.' })
  linksOut(@Root() p: ViewRow, @Ctx() ctx: Context) {
    return embeddedMany(p, 'linksOut')?.rows ?? linksFromProject(ctx).load(p.uuid);
  }

  @FieldResolver(() => [ProjectLinkView], { description: 'Projects that continue, derive from or supersede this one.' })
  linksIn(@Root() p: ViewRow, @Ctx() ctx: Context) {
    return embeddedMany(p, 'linksIn')?.rows ?? linksToProject(ctx).load(p.uuid);
  }

  @FieldResolver(() => [LessonLearnedView])
  lessons(@Root() p: ViewRow, @Ctx() ctx: Context) {
    return embeddedMany(p, 'lessons')?.rows ?? lessonsOfProject(ctx).load(p.uuid);
  }
}

@Resolver(() => ParticipationView)
export class ParticipationResolver {
  @FieldResolver(() => ProjectView)
  project(@Root() x: ViewRow, @Ctx() ctx: Context) {
    return embedded(x, 'project') ?? projectById(ctx).load(x.projectId as string);
  }

  @FieldResolver(() => OrganisationView)
  organisation(@Root() x: ViewRow, @Ctx() ctx: Context) {
    return embedded(x, 'organisation') ?? organisationById(ctx).load(x.organisationId as string);
  }

  @FieldResolver(() => Text, { nullable: true, description: 'What the organisation contributed.' })
  async contribution(@Root() x: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn((await x.contributionTranslations) as object, lang ?? ctx.lang);
  }
}

@Resolver(() => ProjectLinkView)
export class ProjectLinkResolver {
  @FieldResolver(() => ProjectView)
  from(@Root() x: ViewRow, @Ctx() ctx: Context) {
    return projectById(ctx).load(x.fromId as string);
  }

  @FieldResolver(() => ProjectView)
  to(@Root() x: ViewRow, @Ctx() ctx: Context) {
    return projectById(ctx).load(x.toId as string);
  }
}

@Resolver(() => LessonLearnedView)
export class LessonLearnedResolver {
  @FieldResolver(() => Text)
  text(@Root() x: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(x.textTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => Text, { nullable: true })
  mitigation(@Root() x: ViewRow, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(x.mitigationTranslations as object, lang ?? ctx.lang);
  }

  @FieldResolver(() => ProjectView)
  project(@Root() x: ViewRow, @Ctx() ctx: Context) {
    return projectById(ctx).load(x.projectId as string);
  }
}

@Resolver(() => OrganisationView)
export class OrganisationParticipationsResolver {
  @FieldResolver(() => ParticipationConnection, {
    description: 'Projects the organisation takes part in, as participations.',
  })
  participations(
    @Root() o: ViewRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('role', () => ParticipationRole, { nullable: true }) role: ParticipationRole | null,
    @Ctx() ctx: Context,
  ) {
    return nestedConnection(participationsOfOrganisation(ctx), o.uuid, page, role, embeddedMany(o, 'participations'));
  }
}

@Resolver(() => RegionView)
export class RegionProjectsResolver {
  @FieldResolver(() => ProjectConnection, { description: 'Projects with a participant in the region, by name.' })
  projects(@Root() r: ViewRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return nestedConnection(projectsOfRegion(ctx), r.uuid, page);
  }
}

@Resolver(() => GrantView)
export class GrantProjectResolver {
  @FieldResolver(() => ProjectView, { nullable: true, description: 'The funded project, when a source names it.' })
  project(@Root() g: ViewRow, @Ctx() ctx: Context) {
    return g.projectId ? projectById(ctx).load(g.projectId as string) : null;
  }
}

@Resolver(() => FundingCallView)
export class FundingCallProjectsResolver {
  @FieldResolver(() => ProjectConnection, {
    description: 'Projects funded in the call (where a source names them), by name.',
  })
  projects(@Root() c: ViewRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return nestedConnection(projectsOfCall(ctx), c.uuid, page);
  }
}
