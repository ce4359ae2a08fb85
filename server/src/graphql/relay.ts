import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { lazyField } from './lazy-fields.js';

/** Every addressable object: fetch it again with `node(id)`. */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id.',
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; stable across reseeds for reference data.' })
  id!: string;
}

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `first` (1..100, default 20) and `after` of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many items, 1..100.' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the item after which to start.' })
  after?: string | null;
}

export {
  MAX_PAGE,
  pageSize,
  encodeOffsetCursor,
  decodeOffsetCursor,
  encodeKeyCursor,
  decodeKeyCursor,
} from './cursors.js';

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter, so the count is only queried when a client asks for it. */
  readonly totalCount: number | Promise<number>;
}

/**
 * Builds a connection from `first + 1` fetched rows (the extra one says there is a next page),
 * or, given `hasNextPage`, from the page's rows alone.
 */
export function connection<T>(
  rows: T[],
  first: number,
  cursorOf: (row: T, index: number) => string,
  totalCount: () => number | Promise<number>,
  hasPreviousPage = false,
  hasNextPage?: boolean,
): Connection<T> {
  const more = hasNextPage ?? rows.length > first;
  const nodes = rows.length > first ? rows.slice(0, first) : rows;
  return new PageConnection(nodes, more, hasPreviousPage, cursorOf, totalCount);
}

/**
 * A page: cursors are made only when a client asks for edges or their bounds, and the count
 * only when it asks for totalCount (getters on the prototype, nothing allocated per page for them).
 */
class PageConnection<T> implements Connection<T> {
  private madeEdges?: Array<{ cursor: string; node: T }>;
  readonly pageInfo: PageInfo;

  constructor(
    readonly nodes: T[],
    hasNextPage: boolean,
    hasPreviousPage: boolean,
    private readonly cursorOf: (row: T, index: number) => string,
    private readonly count: () => number | Promise<number>,
  ) {
    this.pageInfo = new LazyPageInfo(hasNextPage, hasPreviousPage, this);
  }

  get edges(): Array<{ cursor: string; node: T }> {
    return (this.madeEdges ??= this.nodes.map((node, i) => ({ cursor: this.cursorOf(node, i), node })));
  }

  get totalCount(): number | Promise<number> {
    return this.count();
  }

  cursorAt(i: number): string | null {
    return i >= 0 && i < this.nodes.length ? this.cursorOf(this.nodes[i], i) : null;
  }
}

class LazyPageInfo implements PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly page: { readonly nodes: readonly unknown[]; cursorAt(i: number): string | null },
  ) {}

  get startCursor(): string | null {
    return this.page.cursorAt(0);
  }

  get endCursor(): string | null {
    return this.page.cursorAt(this.page.nodes.length - 1);
  }
}

const connectionTypes = new Map<string, ClassType>();

/** The `XConnection` / `XEdge` pair for a node type (one per type, made once). */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>): ClassType<Connection<T>> {
  const existing = connectionTypes.get(name);
  if (existing) return existing as ClassType<Connection<T>>;

  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items.` })
  class Conn {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node], { description: 'The items of the page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list.' })
    totalCount!: number;
  }
  // A getter that counts on first use (PageConnection).
  lazyField(`${name}Connection`, 'totalCount');
  connectionTypes.set(name, Conn);
  return Conn as unknown as ClassType<Connection<T>>;
}
