import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/*
 * graphql-js interprets an operation field by field on every request: for the nested listing
 * (about 1,000 fields) that walk, with its argument coercion per field, was the largest share of
 * the API's CPU after reading the database. graphql-jit compiles an operation once into a function
 * doing the same walk without interpretation. Apollo Server still parses, validates and runs every
 * plugin (limits, cost, rate limits, response cache); only execution changes, through Apollo's
 * executor hook (the `gateway` option).
 *
 * - An operation is compiled on its `compileAfter + 1`-th execution: compiling costs more than
 *   executing once, and a client sending ever new documents must not make each request pay it.
 *   Compiled operations hang off Apollo's parsed document (its document store is bounded), so
 *   they go when Apollo forgets the document.
 * - Variables that do not fit their types: graphql-jit rejects them too, but its errors lack the
 *   variable's AST node that Apollo uses to answer 400 BAD_USER_INPUT; graphql-js runs such a
 *   request instead and rejects it before any resolver, as without compilation.
 * - graphql-jit reads a field without a resolver as a plain property: fields whose value may be a
 *   Promise get a resolver (lazy-fields.ts), abstract types a synchronous resolveType (schema.ts).
 */

export interface JitSettings {
  /** false: every operation is executed by graphql-js. */
  enabled: boolean;
  /** Executions of an operation by graphql-js before it is compiled (0 = compile at once). */
  compileAfter: number;
}

interface Entry {
  runs: number;
  compiled?: CompiledQuery;
  /** Not compiled (introspection, or graphql-jit could not): graphql-js executes it every time. */
  interpreted?: boolean;
}

/**
 * Introspection is left to graphql-js: compiling the standard introspection query takes about
 * 20 ms (0.5 ms for the nested listing), for an operation tools send now and then.
 */
function introspects(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'),
  );
}

/** The schema option of Apollo Server: the schema itself, or the compiling executor over it. */
export function executionOptions(
  schema: GraphQLSchema,
  settings: JitSettings,
): { schema: GraphQLSchema } | { gateway: GatewayInterface } {
  return settings.enabled ? { gateway: jitGateway(schema, settings) } : { schema };
}

export function jitExecutor(
  schema: GraphQLSchema,
  options: Pick<JitSettings, 'compileAfter'> & { onCompile?: (document: DocumentNode) => void },
): GatewayExecutor {
  const byDocument = new WeakMap<DocumentNode, Map<string, Entry>>();
  const entryOf = (document: DocumentNode, name: string): Entry => {
    let perOperation = byDocument.get(document);
    if (!perOperation) byDocument.set(document, (perOperation = new Map()));
    let entry = perOperation.get(name);
    if (!entry) perOperation.set(name, (entry = { runs: 0 }));
    return entry;
  };
  return async (rc) => {
    const variables = rc.request.variables ?? {};
    const interpreted = (operationName = rc.operationName) =>
      execute({ schema, document: rc.document, contextValue: rc.context, variableValues: variables, operationName });
    // No operation of the requested name: graphql-js answers that as a request error (Apollo's
    // `operationName` is then null, which would run the document's only operation instead).
    if (!rc.operation) return (await interpreted(rc.request.operationName)) as ExecutionResult;
    const entry = entryOf(rc.document, rc.operationName ?? '');
    if (!entry.compiled && !entry.interpreted && entry.runs >= options.compileAfter) {
      const compiled = introspects(rc.operation)
        ? null
        : compileQuery(schema, rc.document, rc.operationName ?? undefined, { disablingCapturingStackErrors: true });
      if (compiled && isCompiledQuery(compiled)) {
        entry.compiled = compiled;
        options.onCompile?.(rc.document);
      } else entry.interpreted = true;
    }
    entry.runs += 1;
    if (!entry.compiled) return (await interpreted()) as ExecutionResult;
    const result = (await entry.compiled.query(undefined, rc.context, variables)) as ExecutionResult;
    // No data at all: the variables were rejected before execution.
    if (!('data' in result)) return (await interpreted()) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * graphql-jit's errors imitate graphql-js's but leave `extensions` undefined when the thrown
 * error had none (a driver error, say), which Apollo's error formatting does not expect; as
 * graphql-js would, each becomes a GraphQLError around the thrown error, with its path and
 * locations (the thrown error stays `originalError`, so a lost database still reads UNAVAILABLE).
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions ?? undefined,
  });
  if (e.locations) Object.assign(error, { locations: e.locations });
  return error;
}

/** Apollo Server's executor hook around `jitExecutor`, serving the schema as it is. */
function jitGateway(schema: GraphQLSchema, options: Pick<JitSettings, 'compileAfter'>): GatewayInterface {
  let listener: ((s: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => (listener = undefined);
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: jitExecutor(schema, options) };
    },
    async stop() {},
  };
}
