import { BadUserInputError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque Relay id: base64url of `Type:uuid`. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/**
 * Decodes a global id; anything that is not one of ours (wrong shape, unknown type, or not
 * the expected type) is a BAD_USER_INPUT naming the argument.
 */
export function fromGlobalId(
  globalId: string,
  argumentName: string,
  expectedTypes?: readonly string[],
): { type: string; id: string } {
  if (
    typeof globalId !== 'string' ||
    globalId.length === 0 ||
    globalId.length > 200 ||
    !/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)
  ) {
    throw new BadUserInputError(argumentName, `"${argumentName}" is not a valid id.`);
  }
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep <= 0 || !UUID.test(id)) throw new BadUserInputError(argumentName, `"${argumentName}" is not a valid id.`);
  if (expectedTypes && !expectedTypes.includes(type)) {
    throw new BadUserInputError(
      argumentName,
      `"${argumentName}" must be the id of a ${expectedTypes.join(' or ')}, not of a ${type}.`,
    );
  }
  return { type, id };
}
