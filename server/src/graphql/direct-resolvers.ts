import { isEnumType, isInputObjectType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/*
 * type-graphql calls every field resolver through a generic wrapper: per call it sorts the
 * parameter list, turns `@Args` into class instances and checks each argument through an async
 * validator, so a resolver with an argument always costs a Promise.all — on every row of a
 * listing. For field resolvers that need none of that (no @Authorized, no middleware, parameters
 * that are the root, the context or arguments of scalar or enum types), this puts a direct call
 * in the schema instead: the same method with the same values, planned once.
 */

/** A class, compared by identity only. */
type ClassRef = object;

interface ParamMeta {
  kind: string;
  target: ClassRef;
  methodName: string;
  index: number;
  name?: string;
  propertyName?: string;
  getType?: () => unknown;
  validateSettings?: unknown;
  validateFn?: unknown;
}

interface FieldResolverMeta {
  kind: 'internal' | 'external';
  target: ClassRef;
  methodName: string;
  schemaName: string;
}

interface Storage {
  fieldResolvers: FieldResolverMeta[];
  params: ParamMeta[];
  resolverClasses: Array<{ target: ClassRef; getObjectType: () => ClassRef }>;
  objectTypes: Array<{ target: ClassRef; name: string }>;
  argumentTypes: Array<{ target: ClassRef; fields: Array<{ name: string; getType: () => unknown }> }>;
  inputTypes: Array<{ target: ClassRef }>;
  authorizedFields: Array<{ target: ClassRef; fieldName: string }>;
  authorizedResolver: Array<{ target: ClassRef }>;
  middlewares: Array<{ target: ClassRef; fieldName: string }>;
  resolverMiddlewares: Array<{ target: ClassRef }>;
}

type Extract = (root: unknown, args: Record<string, unknown>, ctx: unknown) => unknown;

/**
 * Replaces the wrapper of every eligible field resolver of `resolvers` in `schema` with a
 * direct call; returns the replaced fields as `Type.field`.
 */
export function installDirectResolvers(schema: GraphQLSchema, resolvers: readonly ClassRef[]): string[] {
  const storage = getMetadataStorage() as unknown as Storage;
  const instances = new Map<ClassRef, Record<string, (...a: unknown[]) => unknown>>();
  const replaced: string[] = [];
  for (const fr of storage.fieldResolvers) {
    if (fr.kind !== 'external' || !resolvers.includes(fr.target) || !plain(storage, fr)) continue;
    const resolverClass = storage.resolverClasses.find((r) => r.target === fr.target);
    const typeName = storage.objectTypes.find((o) => o.target === resolverClass?.getObjectType())?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[fr.schemaName] : undefined;
    if (!field?.resolve) continue;
    const params = storage.params
      .filter((p) => p.target === fr.target && p.methodName === fr.methodName)
      .sort((a, b) => a.index - b.index);
    const extract = params.map((p) => extractor(storage, schema, p));
    if (extract.some((e) => e === null) || params.some((p, i) => p.index !== i)) continue;
    let instance = instances.get(fr.target);
    if (!instance) instances.set(fr.target, (instance = new (fr.target as new () => NonNullable<typeof instance>)()));
    const method = instance[fr.methodName];
    if (typeof method !== 'function') continue;
    field.resolve = direct(instance, method, extract as Extract[]);
    replaced.push(`${typeName}.${fr.schemaName}`);
  }
  return replaced;
}

/** No authorisation and no middleware on the method or its class. */
function plain(s: Storage, fr: FieldResolverMeta): boolean {
  return (
    !s.authorizedFields.some((a) => a.target === fr.target && a.fieldName === fr.methodName) &&
    !s.authorizedResolver.some((a) => a.target === fr.target) &&
    !s.middlewares.some((m) => m.target === fr.target && m.fieldName === fr.methodName) &&
    !s.resolverMiddlewares.some((m) => m.target === fr.target)
  );
}

/** How to get one parameter's value, or null when only type-graphql's path knows. */
function extractor(s: Storage, schema: GraphQLSchema, p: ParamMeta): Extract | null {
  if (p.validateSettings !== undefined || p.validateFn !== undefined) return null;
  switch (p.kind) {
    case 'root':
      // An interface or Object-typed root is passed as is by type-graphql too.
      return p.propertyName || !passThroughRoot(p) ? null : (root) => root;
    case 'context':
      return p.propertyName ? null : (_r, _a, ctx) => ctx;
    case 'arg':
      return p.name && scalarOrEnum(s, schema, p.getType?.())
        ? (
            (name) => (_r, args) =>
              args[name]
          )(p.name)
        : null;
    case 'args': {
      const argsType = s.argumentTypes.find((a) => a.target === p.getType?.());
      if (!argsType || !argsType.fields.every((f) => scalarOrEnum(s, schema, f.getType()))) return null;
      const names = argsType.fields.map((f) => f.name);
      return (_r, args) => {
        const out: Record<string, unknown> = {};
        for (const n of names) if (args[n] !== undefined) out[n] = args[n];
        return out;
      };
    }
    default:
      return null;
  }
}

function passThroughRoot(p: ParamMeta): boolean {
  const t = p.getType?.();
  return t === undefined || t === Object;
}

/** A scalar (String, Number, Boolean, ID, a GraphQLScalarType) or a registered enum, not an input class. */
function scalarOrEnum(s: Storage, schema: GraphQLSchema, t: unknown): boolean {
  if (t === String || t === Number || t === Boolean || t === Date) return true;
  if (typeof t === 'function') return false; // a class: input type or args type
  if (t && typeof t === 'object') {
    if (s.inputTypes.some((i) => (i.target as unknown) === t)) return false;
    const name = (t as { name?: unknown }).name;
    // A GraphQLScalarType, or a TypeScript enum object registered with registerEnumType.
    if (typeof name === 'string' && schema.getType(name) && !isInputObjectType(schema.getType(name))) return true;
    return (
      Object.values(t as object).every((v) => typeof v === 'string' || typeof v === 'number') && enumKnown(schema, t)
    );
  }
  return false;
}

/** Whether a TypeScript enum object is one of the schema's enums (same values). */
function enumKnown(schema: GraphQLSchema, t: object): boolean {
  const values = new Set(Object.values(t).filter((v) => typeof v === 'string'));
  return Object.values(schema.getTypeMap()).some(
    (type) =>
      isEnumType(type) &&
      type.getValues().length === values.size &&
      type.getValues().every((v) => values.has(v.value as string)),
  );
}

function direct(
  instance: object,
  method: (...a: unknown[]) => unknown,
  extract: Extract[],
): GraphQLFieldResolver<unknown, unknown> {
  const n = extract.length;
  return (root, args, ctx) => {
    const values = new Array(n);
    for (let i = 0; i < n; i++) values[i] = extract[i](root, args as Record<string, unknown>, ctx);
    return method.apply(instance, values);
  };
}
