import { EventEmitter } from 'node:events';
import type { Broadcast } from '../../cluster/broadcast.js';
import type { Viewer } from './auth.viewer.js';

/*
 * API keys already checked, so a partner's requests do not each pay a database round trip to
 * find their key (QUALITY.md: W4 <= 6 statements). An entry lives at most `ttlMs` (a minute by
 * default): then the key is looked up again, which also stamps its last use (at most once a
 * minute, as before). Revoking a key drops it at once here and, over the broadcast (Redis), on
 * the other instances; without Redis there is one instance, so "here" is everywhere. Unknown
 * and revoked keys are never cached: each such request is looked up (and rate-limited).
 */

const revocations = new EventEmitter();
revocations.setMaxListeners(100);

/** Called after a key's revocation committed. */
export function apiKeyRevoked(keyId: string): void {
  revocations.emit('revoked', keyId);
}

export interface ApiKeyCacheOptions {
  /** How long a checked key is trusted without a lookup (0 turns the cache off). */
  ttlMs?: number;
  /** Entries kept at most (the oldest go first). */
  maxEntries?: number;
  /** Carries revocations between instances: the revoked key's id. */
  broadcast?: Broadcast;
  now?: () => number;
}

export class ApiKeyCache {
  /** sha256 of the key -> its viewer, in insertion order (for eviction). */
  private readonly entries = new Map<string, { viewer: Viewer; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly onLocal: (keyId: string) => void;

  constructor(private readonly opts: ApiKeyCacheOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 60_000;
    this.maxEntries = opts.maxEntries ?? 10_000;
    this.now = opts.now ?? Date.now;
    this.onLocal = (keyId) => {
      this.drop(keyId);
      opts.broadcast?.publish(keyId);
    };
    revocations.on('revoked', this.onLocal);
    opts.broadcast?.subscribe((keyId) => this.drop(keyId));
  }

  /** The viewer of a key checked less than `ttlMs` ago, by the key's sha256. */
  get(hash: string): Viewer | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (e.expires > this.now()) return e.viewer;
    this.entries.delete(hash);
    return undefined;
  }

  /** Remembers a key that was just found valid; the viewer is frozen (requests share it). */
  set(hash: string, viewer: Viewer): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    Object.freeze(viewer.apiKey?.scopes);
    Object.freeze(viewer.apiKey);
    Object.freeze(viewer.memberships);
    this.entries.set(hash, { viewer: Object.freeze(viewer), expires: this.now() + this.ttlMs });
  }

  /** Forgets a key by its id (it was revoked). */
  drop(keyId: string): void {
    for (const [hash, e] of this.entries) if (e.viewer.apiKey?.id === keyId) this.entries.delete(hash);
  }

  get size(): number {
    return this.entries.size;
  }

  close(): void {
    revocations.off('revoked', this.onLocal);
  }
}
