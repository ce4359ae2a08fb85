import { EventEmitter } from 'node:events';

/*
 * The data generation: a number every committed write advances. Cached responses belong to the
 * generation they were computed in and are never served in a later one, so no read is stale
 * after a write. Writers call `dataChanged()` after commit; each app's response cache listens,
 * and (with Redis) broadcasts to the other instances.
 */
const changes = new EventEmitter();
changes.setMaxListeners(100);

/** Called after a write committed (GraphQL mutations, uploads, imports). */
export function dataChanged(): void {
  changes.emit('change');
}

/** Subscribes to local writes; returns the unsubscribe function. */
export function onDataChanged(listener: () => void): () => void {
  changes.on('change', listener);
  return () => changes.off('change', listener);
}
