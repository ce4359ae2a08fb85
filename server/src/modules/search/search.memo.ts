/**
 * A bounded map from a search's text or arguments to what they compile to (the parsed query, the
 * SQL statement). Building them costs more server CPU than a rare search's own round trip (a
 * profile of W2a put 8 % of the process's time there), and a public search box sees the same few
 * queries again and again. At most `max` entries; the oldest leaves first, so no client can make
 * it grow without bound.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The value for `key`, made (and kept) the first time. `make` may throw: nothing is kept then. */
  get(key: string, make: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = make();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
