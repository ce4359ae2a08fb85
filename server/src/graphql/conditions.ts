import { fromGlobalId } from './global-id.js';
import type { ListQuery } from './keyset.js';
import { pgArray } from './loaders.js';

/** Collects the SQL conditions of a list filter with their parameters, in order. */
export class Conditions {
  readonly where: string[] = [];
  readonly params: unknown[] = [];

  /** Adds `sql` (with one `?`) when the list is non-empty, binding it as a PostgreSQL array. */
  anyOf(values: readonly (string | number)[] | null | undefined, sql: string): this {
    if (values?.length) {
      this.where.push(sql);
      this.params.push(pgArray(values));
    }
    return this;
  }

  /** Adds `sql` (with one `?`) when the value is given. */
  value(value: unknown, sql: string): this {
    if (value != null) {
      this.where.push(sql);
      this.params.push(value);
    }
    return this;
  }

  /** Adds a condition without parameters. */
  raw(sql: string): this {
    this.where.push(sql);
    return this;
  }

  build(): Pick<ListQuery, 'where' | 'params'> {
    return { where: this.where, params: this.params };
  }
}

/** Database ids from the global ids of a filter field; a foreign id names `filter.<field>[i]`. */
export function filterIds(values: string[] | null | undefined, field: string, type: string): string[] | undefined {
  return values?.map((v, i) => fromGlobalId(v, `filter.${field}[${i}]`, [type]).id);
}
