import type { CombinedError } from 'urql';

/** The API answered that the asked-for object does not exist (extensions.code NOT_FOUND). */
export function isNotFound(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
}
