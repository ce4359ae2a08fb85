import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Arguments that set how many items a list or connection returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit', 'top'];
/** Arguments whose list length is the number of items returned (`nodes(ids:)`). */
const LIST_ARGUMENTS = ['ids'];

export interface CostOptions {
  /** Items of a sized field when its size argument is absent and the schema gives no default. */
  defaultPageSize: number;
  /** Largest size when the argument's description does not say (`1..100`). */
  defaultMaxSize: number;
  /** Items assumed for a list without a size argument (short lists: provenance, releases, reasons ...). */
  unsizedListSize: number;
  /** Fields returning one bounded graph without a size argument, by `Type.field`: their bound. */
  boundedFields: Readonly<Record<string, number>>;
}

export const DEFAULT_COST_OPTIONS: CostOptions = {
  defaultPageSize: 20,
  defaultMaxSize: 100,
  unsizedListSize: 5,
  boundedFields: { 'Query.reuseChain': 500 },
};

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /**
   * The request's variables. Without them (static analysis of a client's documents) a size
   * given by a variable counts as the argument's maximum, and `@skip`/`@include` keep the field.
   */
  variables?: Readonly<Record<string, unknown>>;
  options?: CostOptions;
  /** Stop counting once the cost is known to be above this (bounds the work on hostile documents). */
  stopAbove?: number;
}

/**
 * The estimated number of nodes an operation can return: every object costs 1 (scalars and
 * enums 0), and a list or connection multiplies what it contains by its size (`first`, `last`,
 * `limit`, `top`; the schema's default when absent; its maximum when a variable is unknown). A
 * sized field's size carries into the lists of the object it returns (`nodes`, `edges`, a
 * neighbourhood's nodes and edges) and of a connection inside it, so a connection of 50 counts 50
 * per list it exposes.
 * Abstract selections count their most expensive concrete type. Above `stopAbove` it stops and
 * returns a lower bound still above it.
 */
export function estimateCost(input: CostInput): number {
  const { schema, document, operation, variables } = input;
  const options = input.options ?? DEFAULT_COST_OPTIONS;
  const stopAbove = input.stopAbove ?? Number.POSITIVE_INFINITY;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const variableDefaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? [])
    if (v.defaultValue) variableDefaults.set(v.variable.name.value, v.defaultValue);
  // Each visited object adds at least 1 to the cost, so visits bound the work.
  let visits = 0;

  const variable = (name: string): unknown =>
    variables && name in variables ? variables[name] : valueOf(variableDefaults.get(name));

  const valueOf = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    switch (node.kind) {
      case Kind.VARIABLE:
        return variables ? variable(node.name.value) : undefined;
      case Kind.INT:
        return Number.parseInt(node.value, 10);
      case Kind.BOOLEAN:
        return node.value;
      case Kind.LIST:
        return node.values.map(valueOf);
      case Kind.NULL:
        return null;
      default:
        return undefined;
    }
  };

  const included = (directives: readonly DirectiveNode[] | undefined): boolean => {
    if (!variables) return true;
    for (const d of directives ?? []) {
      const condition = valueOf(d.arguments?.find((a) => a.name.value === 'if')?.value);
      if (d.name.value === 'skip' && condition === true) return false;
      if (d.name.value === 'include' && condition === false) return false;
    }
    return true;
  };

  const applies = (condition: string | undefined, type: GraphQLCompositeType): boolean => {
    if (!condition || condition === type.name) return true;
    const c = schema.getType(condition);
    return !!c && isAbstractType(c) && isObjectType(type) && schema.isSubType(c, type);
  };

  const collect = (
    type: GraphQLCompositeType,
    set: SelectionSetNode,
    into: Map<string, FieldNode[]>,
    seen: Set<string>,
  ) => {
    for (const s of set.selections) {
      if (!included(s.directives)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        into.set(key, [...(into.get(key) ?? []), s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value, type)) collect(type, s.selectionSet, into, seen);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f && applies(f.typeCondition.name.value, type)) collect(type, f.selectionSet, into, seen);
      }
    }
    return into;
  };

  /** Object types a selection on an abstract type names in its fragments (the others see only shared fields). */
  const namedTypes = (abstract: GraphQLCompositeType, sets: SelectionSetNode[]): GraphQLObjectType[] => {
    const names = new Set<string>();
    const walk = (set: SelectionSetNode, seen: Set<string>) => {
      for (const s of set.selections) {
        if (s.kind === Kind.INLINE_FRAGMENT) {
          if (s.typeCondition) names.add(s.typeCondition.name.value);
          walk(s.selectionSet, seen);
        } else if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
          seen.add(s.name.value);
          const f = fragments.get(s.name.value);
          if (f) {
            names.add(f.typeCondition.name.value);
            walk(f.selectionSet, seen);
          }
        }
      }
    };
    for (const set of sets) walk(set, new Set());
    if (!isAbstractType(abstract)) return [];
    return schema
      .getPossibleTypes(abstract)
      .filter((t) => [...names].some((n) => n !== abstract.name && applies(n, t)));
  };

  const selectionsCost = (
    type: GraphQLCompositeType,
    sets: SelectionSetNode[],
    pending: number | undefined,
  ): number => {
    const runtimeTypes: GraphQLCompositeType[] = isAbstractType(type) ? [type, ...namedTypes(type, sets)] : [type];
    let worst = 0;
    for (const t of runtimeTypes) {
      const fields = new Map<string, FieldNode[]>();
      const seen = new Set<string>();
      for (const set of sets) collect(t, set, fields, seen);
      let sum = 0;
      for (const nodes of fields.values()) {
        sum += fieldCost(t, nodes, pending);
        if (visits > stopAbove) return sum;
      }
      worst = Math.max(worst, sum);
    }
    return worst;
  };

  const fieldCost = (parent: GraphQLCompositeType, nodes: FieldNode[], pending: number | undefined): number => {
    const node = nodes[0];
    const field = fieldDef(schema, parent, node.name.value);
    if (!field) return 0;
    const named = getNamedType(field.type);
    if (isLeafType(named) || !isCompositeType(named)) return 0;
    visits++;
    if (visits > stopAbove) return 1;
    const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    const size = sizeOf(field, node.arguments) ?? options.boundedFields[`${parent.name}.${field.name}`];
    if (isListType(getNullableType(field.type))) {
      const items = size ?? pending ?? options.unsizedListSize;
      return items * (1 + selectionsCost(named, sets, undefined));
    }
    // A size reaches the lists of the object it was asked on, and a connection inside that object
    // (coverageGap(first) { uncovered { nodes } }), not other objects (search { facets }).
    const carried = size ?? (isConnection(named) ? pending : undefined);
    return 1 + selectionsCost(named, sets, carried);
  };

  /** The size a field's arguments ask for, clamped to 1..max; undefined when it has no size argument. */
  const sizeOf = (
    field: GraphQLField<unknown, unknown>,
    args: readonly ArgumentNode[] | undefined,
  ): number | undefined => {
    let size: number | undefined;
    for (const def of field.args) {
      const given = args?.find((a) => a.name.value === def.name);
      if (SIZE_ARGUMENTS.includes(def.name)) {
        const max = maxOf(def, options.defaultMaxSize);
        let n: unknown;
        if (!given) n = def.defaultValue;
        else if (given.value.kind === Kind.VARIABLE && !variables) n = max;
        else n = valueOf(given.value) ?? def.defaultValue;
        const value = typeof n === 'number' ? n : options.defaultPageSize;
        size = Math.max(size ?? 0, Math.min(Math.max(value, 1), max));
      } else if (LIST_ARGUMENTS.includes(def.name) && given) {
        const list = given.value.kind === Kind.VARIABLE && !variables ? undefined : valueOf(given.value);
        const n = Array.isArray(list) ? list.length : options.defaultMaxSize;
        size = Math.max(size ?? 0, Math.min(Math.max(n, 1), options.defaultMaxSize));
      }
    }
    return size;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const cost = selectionsCost(root, [operation.selectionSet], undefined);
  return visits > stopAbove ? Math.max(cost, visits) : cost;
}

/** The field definition, meta fields included (`__typename`, `__schema`, `__type`). */
function fieldDef(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

/** A Relay connection (or a result shaped like one): it has pageInfo. */
function isConnection(type: GraphQLCompositeType): boolean {
  return 'getFields' in type && 'pageInfo' in type.getFields();
}

/** The argument's largest value, from its description ("How many items, 1..100."). */
function maxOf(arg: GraphQLArgument, fallback: number): number {
  const m = /\b\d+\s*\.\.\s*(\d+)\b/.exec(arg.description ?? '');
  return m ? Number(m[1]) : fallback;
}
