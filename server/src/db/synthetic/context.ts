import { OrganisationKind } from '../../domain/enums.js';
import { stableId } from '../../domain/ids.js';
import type { BatchWriter } from './insert.js';
import { Random, WeightedTable } from './random.js';
import type { Hub, Municipality, OtherOrganisation, Reference } from './reference.js';
import type { SyntheticTable } from './tables.js';
import { TOPICS, type Topic } from './vocabulary.js';

/** What later rows need to know about an earlier project. */
export interface RecentProject {
  id: string;
  index: number;
}

/** How many recent projects and deliverables per topic are remembered for links and reuse. */
const RECENT = 48;

/** Bodies that lead projects besides municipalities (joint authorities, regional councils ...). */
const LEAD_KINDS = new Set<string>([
  OrganisationKind.JOINT_MUNICIPAL_AUTHORITY,
  OrganisationKind.REGIONAL_COUNCIL,
  OrganisationKind.IN_HOUSE_COMPANY,
]);

/**
 * Everything the emitters share: the PRNG, the writer, the reference data arranged for fast
 * weighted draws, per-table counters for stable ids, and bounded memories of recent rows.
 */
export class Context {
  readonly rng: Random;
  readonly municipalities: WeightedTable<Municipality>;
  readonly municipalitiesByRegion = new Map<string, WeightedTable<Municipality>>();
  readonly leadOthers: OtherOrganisation[];
  /** Non-municipal organisations that take part (ministries, agencies, companies ...). */
  readonly partnerOthers: OtherOrganisation[];
  readonly topics = new WeightedTable<Topic>(TOPICS, (t) => t.weight);
  readonly servicesBySlug: Map<string, Hub>;
  readonly specificationsBySlug: Map<string, Hub>;
  private readonly counters = new Map<SyntheticTable, number>();
  private readonly recentProjects = new Map<string, RecentProject[]>();
  private readonly recentDeliverables = new Map<string, string[]>();

  constructor(
    readonly seed: number,
    readonly ref: Reference,
    readonly writer: BatchWriter,
  ) {
    this.rng = new Random(seed);
    // Population to the power 0.75: big cities lead more projects, but not every second one.
    const weight = (m: Municipality) => Math.pow(m.population, 0.75);
    this.municipalities = new WeightedTable(ref.municipalities, weight);
    for (const code of new Set(ref.municipalities.map((m) => m.regionCode))) {
      this.municipalitiesByRegion.set(
        code,
        new WeightedTable(
          ref.municipalities.filter((m) => m.regionCode === code),
          weight,
        ),
      );
    }
    this.leadOthers = ref.others.filter((o) => LEAD_KINDS.has(o.kind));
    this.partnerOthers = ref.others.filter((o) => o.kind !== OrganisationKind.OTHER);
    this.servicesBySlug = new Map(ref.services.map((s) => [s.slug, s]));
    this.specificationsBySlug = new Map(ref.specifications.map((s) => [s.slug, s]));
  }

  /** The next id of a table: `synthetic:<seed>:<table>:<n>`, so a rerun yields the same ids. */
  nextId(table: SyntheticTable): string {
    const n = (this.counters.get(table) ?? 0) + 1;
    this.counters.set(table, n);
    return stableId(`synthetic:${this.seed}:${table}:${n}`);
  }

  /** The topic's related hubs that exist in this database, else any. */
  topicServices(topic: Topic): Hub[] {
    const own = topic.services.map((s) => this.servicesBySlug.get(s)).filter((s): s is Hub => !!s);
    return own.length ? own : this.ref.services;
  }

  topicSpecifications(topic: Topic): Hub[] {
    const own = topic.specifications.map((s) => this.specificationsBySlug.get(s)).filter((s): s is Hub => !!s);
    return own.length ? own : this.ref.specifications;
  }

  rememberProject(topic: Topic, p: RecentProject): void {
    remember(this.recentProjects, topic.key, p);
  }

  recentProjectsOf(topic: Topic): RecentProject[] {
    return this.recentProjects.get(topic.key) ?? [];
  }

  rememberDeliverable(topic: Topic, id: string): void {
    remember(this.recentDeliverables, topic.key, id);
  }

  recentDeliverablesOf(topic: Topic): string[] {
    return this.recentDeliverables.get(topic.key) ?? [];
  }
}

function remember<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key) ?? [];
  list.push(item);
  if (list.length > RECENT) list.shift();
  map.set(key, list);
}
