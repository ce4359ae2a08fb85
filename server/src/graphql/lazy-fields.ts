import { isObjectType, type GraphQLSchema } from 'graphql';

/*
 * Fields whose value on a view may be a Promise (a count or detail read only when asked for,
 * behind a getter). graphql-js's default resolver awaits such a value; graphql-jit reads a field
 * without a resolver as a plain, synchronous property. Each field declared here gets an explicit
 * resolver (the property itself), which both executors await.
 */

const LAZY = new Map<string, Set<string>>();

/** Declares `type.field` as possibly a Promise on its views. */
export function lazyField(type: string, field: string): void {
  let fields = LAZY.get(type);
  if (!fields) LAZY.set(type, (fields = new Set()));
  fields.add(field);
}

/** Gives every declared lazy field without a resolver one that returns the property. */
export function installLazyResolvers(schema: GraphQLSchema): void {
  for (const [typeName, fields] of LAZY) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const defs = type.getFields();
    for (const name of fields) {
      const def = defs[name];
      if (def && !def.resolve) def.resolve = (source: Record<string, unknown>) => source[name];
    }
  }
}
