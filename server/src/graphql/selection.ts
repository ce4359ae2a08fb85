import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from './context.js';

/**
 * The field names an operation can ask of each object type (over-approximated: a field asked on
 * an interface or union counts for every type that implements it; `@skip`/`@include` are ignored).
 * Loaders read only the columns these fields need.
 */
export type Selection = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The occurrences of each field, per `Type.field` (to read a nested list in its parent's
 * statement, its arguments must be known before the parent is read).
 */
const argumentNodes = new WeakMap<Selection, ReadonlyMap<string, readonly FieldNode[]>>();

/**
 * The object types an operation can meet through an interface or union field (e.g. `node(id)`,
 * a search hit's node): only their rows need a `__typename`, which resolves the abstract type.
 */
const reachedAbstractly = new WeakMap<Selection, ReadonlySet<string>>();

/** Whether rows of `typename` need their `__typename` in this operation (asViews). */
export function needsTypename(selection: Selection, typename: string): boolean {
  return reachedAbstractly.get(selection)?.has(typename) ?? true;
}

/** The operation's occurrences of `typename.field`. */
export function fieldOccurrences(selection: Selection, typename: string, field: string): readonly FieldNode[] {
  return argumentNodes.get(selection)?.get(`${typename}.${field}`) ?? [];
}

/** Selections per parsed document (Apollo reuses one DocumentNode per cached query text). */
const cache = new WeakMap<DocumentNode, Map<string, Selection>>();

export function selectionOf(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Selection {
  let perOp = cache.get(document);
  if (!perOp) cache.set(document, (perOp = new Map()));
  const key = operationName ?? '';
  let sel = perOp.get(key);
  if (!sel) perOp.set(key, (sel = computeSelection(schema, document, operationName)));
  return sel;
}

function computeSelection(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Selection {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName))
      operation ??= d;
  }
  const out = new Map<string, Set<string>>();
  const occurrences = new Map<string, FieldNode[]>();
  argumentNodes.set(out, occurrences);
  const typed = new Set<string>();
  reachedAbstractly.set(out, typed);
  if (!operation) return out;
  const root = schema.getRootType(operation.operation);
  if (!root) return out;
  const seen = new Set<string>();

  const concrete = (t: GraphQLNamedType): string[] =>
    isAbstractType(t) ? schema.getPossibleTypes(t).map((x) => x.name) : isObjectType(t) ? [t.name] : [];

  const walk = (set: SelectionSetNode, parent: GraphQLNamedType): void => {
    const types = concrete(parent);
    for (const s of set.selections) {
      if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet, s.typeCondition ? (schema.getType(s.typeCondition.name.value) ?? parent) : parent);
      } else if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(s.name.value);
        // A fragment spread twice under the same type adds nothing new.
        const k = `${s.name.value}@${parent.name}`;
        if (f && !seen.has(k)) {
          seen.add(k);
          walk(f.selectionSet, schema.getType(f.typeCondition.name.value) ?? parent);
        }
      } else {
        const name = s.name.value;
        if (name.startsWith('__')) continue;
        for (const t of types) {
          let fields = out.get(t);
          if (!fields) out.set(t, (fields = new Set()));
          fields.add(name);
          const k = `${t}.${name}`;
          const list = occurrences.get(k);
          if (list) list.push(s);
          else occurrences.set(k, [s]);
        }
        if (!s.selectionSet) continue;
        // Each implementing type may declare the field with its own return type.
        const children = new Set<GraphQLNamedType>();
        for (const t of types) {
          const type = schema.getType(t);
          const def = isObjectType(type) ? type.getFields()[name] : undefined;
          if (def) children.add(getNamedType(def.type));
        }
        for (const c of children) {
          if (isAbstractType(c)) for (const t of concrete(c)) typed.add(t);
          walk(s.selectionSet, c);
        }
      }
    }
  };
  walk(operation.selectionSet, root);
  return out;
}

/**
 * The request's variables with the operation's defaults for those not sent (as execution will see
 * them), so a nested list's arguments are known before its parent is read (many-embeds.ts).
 */
function variablesWithDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const defs = operation?.variableDefinitions ?? [];
  if (!defs.some((d) => d.defaultValue && !(d.variable.name.value in variables))) return variables;
  const r = getVariableValues(schema, defs, variables);
  return r.coerced ?? variables;
}

/**
 * Puts the operation's selection on the request's Sql, so loaders can prune columns. When
 * execution starts, not before: an answer from the response cache needs no Sql at all.
 */
export function selectionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ schema, document, operationName, contextValue, request, operation }) {
          contextValue.sql.selection = selectionOf(schema, document, operationName);
          contextValue.sql.schema = schema;
          contextValue.sql.variables = variablesWithDefaults(schema, operation, request.variables ?? {});
        },
      };
    },
  };
}
