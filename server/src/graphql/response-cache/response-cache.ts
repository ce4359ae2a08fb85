import { createHash } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';
import { onDataChanged } from './generation.js';
import { ByteLru } from './lru.js';

export interface ResponseCacheOptions {
  /** Memory budget of the cached bodies (0 turns the cache off). */
  maxBytes: number;
  /** Shares generation changes with other instances (Redis pub/sub), optional. */
  broadcast?: GenerationBroadcast;
}

/** Carries "data changed" between instances: publish on a local write, call `onRemote` on theirs. */
export interface GenerationBroadcast {
  publish(): void;
  subscribe(onRemote: () => void): void;
  close(): Promise<void>;
}

/**
 * Whole-response cache for anonymous reads, keyed by document, operation, variables and language;
 * every entry is tied to the data generation it was computed in.
 */
export class ResponseCache {
  private readonly lru: ByteLru<{ generation: number; result: FormattedExecutionResult }>;
  /** The response body of each cached result, by its `data` (dropped with the entry). */
  private readonly bodies = new WeakMap<object, { json: string; extensions: string }>();
  private gen = 0;
  private readonly unsubscribe: () => void;

  constructor(private readonly opts: ResponseCacheOptions) {
    this.lru = new ByteLru(opts.maxBytes);
    this.unsubscribe = onDataChanged(() => {
      this.advance();
      opts.broadcast?.publish();
    });
    opts.broadcast?.subscribe(() => this.advance());
  }

  get enabled(): boolean {
    return this.opts.maxBytes > 0;
  }

  generation(): number {
    return this.gen;
  }

  /** A new generation: every entry of the old one is dead (and dropped to free memory). */
  advance(): void {
    this.gen++;
    this.lru.clear();
  }

  static key(parts: { query: string; operationName?: string | null; variables?: unknown; lang: string }): string {
    return createHash('sha256')
      .update(JSON.stringify([parts.query, parts.operationName ?? null, parts.variables ?? null, parts.lang]))
      .digest('base64url');
  }

  get(key: string): FormattedExecutionResult | undefined {
    const e = this.lru.get(key);
    return e && e.generation === this.gen ? e.result : undefined;
  }

  /** Stores a result computed in `generation`; one computed across a write is not kept. */
  set(key: string, generation: number, result: FormattedExecutionResult): void {
    if (!this.enabled || generation !== this.gen) return;
    const json = stringifyResponse(result);
    if (result.data) this.bodies.set(result.data, { json, extensions: JSON.stringify(result.extensions ?? null) });
    this.lru.set(key, { generation, result }, Buffer.byteLength(json) + key.length);
  }

  /**
   * Apollo's `stringifyResult`: the body of a cached result is the text made when it was stored,
   * not serialised again on every hit (most of a hit's CPU for a large page), provided nothing
   * changed since (no errors, the same extensions).
   */
  readonly stringify = (value: FormattedExecutionResult): string => {
    const body = !value.errors && value.data ? this.bodies.get(value.data) : undefined;
    if (body && body.extensions === JSON.stringify(value.extensions ?? null)) return body.json;
    return stringifyResponse(value);
  };

  get stats() {
    return { entries: this.lru.size, bytes: this.lru.bytes, generation: this.gen };
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.opts.broadcast?.close();
  }
}

/** What Apollo Server sends for a result (its default `stringifyResult`, fields in its order). */
export function stringifyResponse(value: FormattedExecutionResult): string {
  return JSON.stringify({ errors: value.errors, data: value.data, extensions: value.extensions }) + '\n';
}
