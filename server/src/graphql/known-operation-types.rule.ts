import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Rejects, in validation, an operation of a type the schema does not have (a `subscription`):
 * graphql-js 16 lets it through to execution, which throws, and the client got a masked
 * INTERNAL_SERVER_ERROR. The message is graphql-js 17's (its KnownOperationTypesRule).
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }),
    );
  },
});
