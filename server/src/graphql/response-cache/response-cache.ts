import { createHash } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';
import type { Broadcast } from '../../cluster/broadcast.js';
import { onDataChanged } from './generation.js';
import { ByteLru } from './lru.js';

export interface ResponseCacheOptions {
  /** Memory budget of the cached bodies (0 turns the cache off). */
  maxBytes: number;
  /** Carries "data changed" between instances (Redis pub/sub), optional: publish on a local write, advance on theirs. */
  broadcast?: Broadcast;
}

/**
 * Whole-response cache for anonymous reads, keyed by document, operation, variables and language;
 * every entry is tied to the data generation it was computed in.
 */
export class ResponseCache {
  private readonly lru: ByteLru<{ generation: number; result: FormattedExecutionResult; json: string }>;
  /** HTTP requests (fast-path.ts) already answered from an entry: request key -> entry key, content type. */
  private readonly requests = new Map<string, { key: string; contentType?: string }>();
  /** The response body of each cached result, by its `data` (dropped with the entry). */
  private readonly bodies = new WeakMap<object, { json: string; extensions: string }>();
  private gen = 0;
  /** Answers given by forRequest (in front of Apollo). */
  private requestHits = 0;
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
    this.requests.clear();
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
    this.lru.set(key, { generation, result, json }, Buffer.byteLength(json) + key.length);
  }

  /** The entry `key` answered (stored or hit) the HTTP request `requestKey`: later ones may use it. */
  answered(requestKey: string | undefined, key: string): void {
    if (!requestKey) return;
    if (this.requests.size >= MAX_REQUEST_KEYS) this.requests.clear();
    this.requests.set(requestKey, { key });
  }

  /** The content type the answer of a request key was sent with (known once it was sent). */
  sentAs(requestKey: string, contentType: string): void {
    const r = this.requests.get(requestKey);
    if (r) r.contentType = contentType;
  }

  /** The current answer to an HTTP request seen before: its body, content type and cost. */
  forRequest(requestKey: string): { json: string; contentType: string; cost: number | undefined } | undefined {
    const r = this.requests.get(requestKey);
    if (!r?.contentType) return undefined;
    const e = this.lru.get(r.key);
    if (!e || e.generation !== this.gen) return undefined;
    this.requestHits++;
    // A hit is charged for the nodes it returns (the rate limit gives back the rest on a miss).
    const cost = (e.result.extensions?.cost as { actual?: unknown } | undefined)?.actual;
    return { json: e.json, contentType: r.contentType, cost: typeof cost === 'number' ? cost : undefined };
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
    return { entries: this.lru.size, bytes: this.lru.bytes, generation: this.gen, requestHits: this.requestHits };
  }

  /** Stops listening to writes (the app closes the broadcast's connection). */
  close(): void {
    this.unsubscribe();
  }
}

const MAX_REQUEST_KEYS = 20_000;

/** What Apollo Server sends for a result (its default `stringifyResult`, fields in its order). */
export function stringifyResponse(value: FormattedExecutionResult): string {
  return JSON.stringify({ errors: value.errors, data: value.data, extensions: value.extensions }) + '\n';
}
