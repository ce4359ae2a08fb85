import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Lang, ServiceRelation } from '../../domain/enums.js';
import { LangArg } from '../../graphql/args.js';
import { Text, textIn } from '../../graphql/common.types.js';
import type { Context } from '../../graphql/context.js';
import { ConnectionType, PageArgs } from '../../graphql/relay.js';
import { DeliverableConnection } from '../deliverable/deliverable.resolver.js';
import { ServiceUseConnection } from '../national-service/national-service.resolver.js';
import {
  adoptersLikeMe,
  coverageGap,
  deliverablesConformingTo,
  GRAPH_LIMITS,
  neighbourhood,
  projectsAfterEnd,
  projectsUsingService,
  relatedProjects,
  reuseChain,
  similarMunicipalities,
  stats,
} from './graph.service.js';
import {
  AdopterLikeMe,
  CoverageGap,
  GraphEdgeType,
  GraphStats,
  Neighbourhood,
  ProjectReuseStats,
  ReasonItem,
  RelatedProject,
  ReuseChain,
  SimilarMunicipality,
} from './graph.types.js';

export const AdopterLikeMeConnection = ConnectionType('AdopterLikeMe', AdopterLikeMe);
export const ProjectReuseStatsConnection = ConnectionType('ProjectReuseStats', ProjectReuseStats);

const L = GRAPH_LIMITS;

/** `first` of the ranked top lists (relatedProjects, similarMunicipalities). */
const TopArg = () =>
  Arg('first', () => Int, {
    nullable: true,
    defaultValue: L.top.default,
    description: `How many, ${L.top.min}..${L.top.max}.`,
  });

@Resolver()
export class GraphResolver {
  @Query(() => ServiceUseConnection, {
    description:
      'What uses a national service, and how: projects (by name) first, then deliverables (by title). E.g. service: "kybermittari".',
  })
  projectsUsingService(
    @Arg('service', () => String, { description: 'National service slug.' }) service: string,
    @Arg('relation', () => ServiceRelation, { nullable: true }) relation: ServiceRelation | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return projectsUsingService(ctx, { service, relation, first: page.first, after: page.after });
  }

  @Query(() => DeliverableConnection, { description: 'Deliverables that conform to a specification, newest first.' })
  deliverablesConformingTo(
    @Arg('specification', () => String, { description: 'Specification slug.' }) specification: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return deliverablesConformingTo(ctx, { specification, first: page.first, after: page.after });
  }

  @Query(() => [RelatedProject], {
    description:
      'Projects related to a project by shared national services, specifications, participants, themes and similar names, strongest first.',
  })
  relatedProjects(
    @Arg('project', () => String, { description: 'The project\u2019s slug (e.g. "kaatio") or global id.' })
    project: string,
    @TopArg() first: number | null,
    @Ctx() ctx: Context,
  ) {
    return relatedProjects(ctx, { project, first });
  }

  @Query(() => ReuseChain, {
    description:
      'What a project or deliverable came from and led to: project links both ways, deliverables and the projects that produced them, ' +
      'derivatives both ways, and adopters. Bounded to 500 nodes.',
  })
  reuseChain(
    @Arg('node', () => ID, { description: 'A project or deliverable id.' }) node: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: L.depth.default,
      description: `Steps to follow, ${L.depth.min}..${L.depth.max}.`,
    })
    depth: number | null,
    @Ctx() ctx: Context,
  ) {
    return reuseChain(ctx, { node, depth });
  }

  @Query(() => [SimilarMunicipality], {
    description:
      'Municipalities like one: population (log scale), region, language status, projects and adoptions in common. Most alike first.',
  })
  similarMunicipalities(
    @Arg('municipality', () => String, { description: '3-digit municipality code, e.g. "564".' }) municipality: string,
    @TopArg() first: number | null,
    @Ctx() ctx: Context,
  ) {
    return similarMunicipalities(ctx, { municipality, first });
  }

  @Query(() => AdopterLikeMeConnection, {
    description:
      'Who adopted a deliverable, the organisations most like my municipality first, with status, verification and whom to ask.',
  })
  adoptersLikeMe(
    @Arg('deliverable', () => ID) deliverable: string,
    @Arg('municipality', () => String, { description: 'My 3-digit municipality code.' }) municipality: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return adoptersLikeMe(ctx, { deliverable, municipality, first: page.first, after: page.after });
  }

  @Query(() => CoverageGap, {
    description:
      'Municipalities of a region with no project, deliverable or adoption linked to a specification or national service (give exactly one).',
  })
  coverageGap(
    @Arg('specification', () => String, { nullable: true, description: 'Specification slug.' })
    specification: string | null,
    @Arg('nationalService', () => String, { nullable: true, description: 'National service slug.' })
    nationalService: string | null,
    @Arg('region', () => String, { description: '2-digit region code, e.g. "17".' }) region: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return coverageGap(ctx, { specification, nationalService, region, first: page.first, after: page.after });
  }

  @Query(() => Neighbourhood, {
    description:
      'Nodes and typed edges within some hops of any node, bounded by `limit`: one object for drawing a graph, labels included.',
  })
  neighbourhood(
    @Arg('node', () => ID) node: string,
    @Arg('hops', () => Int, {
      nullable: true,
      defaultValue: L.hops.default,
      description: `${L.hops.min}..${L.hops.max}.`,
    })
    hops: number | null,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: L.limit.default,
      description: `Most nodes to return, ${L.limit.min}..${L.limit.max}.`,
    })
    limit: number | null,
    @Arg('kinds', () => [GraphEdgeType], { nullable: true, description: 'Follow only edges of these types.' })
    kinds: GraphEdgeType[] | null,
    @LangArg() lang: Lang | null,
    @Ctx() ctx: Context,
  ) {
    return neighbourhood(ctx, { node, hops, limit, kinds, lang: lang ?? ctx.lang });
  }

  @Query(() => GraphStats, { description: 'Portfolio totals and grant sums.' })
  stats(@Ctx() ctx: Context) {
    return stats(ctx);
  }
}

@Resolver(() => GraphStats)
export class GraphStatsResolver {
  @FieldResolver(() => ProjectReuseStatsConnection, {
    description: 'Per project: deliverables, and adoptions after its end; most adoptions after the end first.',
  })
  projectsAfterEnd(@Root() _s: GraphStats, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return projectsAfterEnd(ctx, { first: page.first, after: page.after });
  }
}

@Resolver(() => ReasonItem)
export class ReasonItemResolver {
  @FieldResolver(() => Text, { nullable: true, description: 'Display name in the wanted language, for nodes.' })
  label(@Root() item: ReasonItem, @LangArg() lang: Lang | null, @Ctx() ctx: Context) {
    return textIn(item.labelTranslations, lang ?? ctx.lang);
  }
}
