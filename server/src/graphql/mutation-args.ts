import { Arg } from 'type-graphql';

/**
 * The optional `idempotencyKey` argument of every mutation: a retry with the same key returns
 * the first run's result instead of changing anything again.
 */
export function IdempotencyKeyArg() {
  return Arg('idempotencyKey', () => String, {
    nullable: true,
    description:
      'Any 8..100 characters of letters, digits and . _ : -; a retry with the same key returns the first result.',
  });
}
