import type { SqlClient } from './pg.js';
import { SYNTHETIC_TABLES, TABLE_ORDER, type ColumnType, type Row, type SyntheticTable } from './tables.js';

const COMMON: Array<[string, ColumnType]> = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

const columnsOf = (table: SyntheticTable): Array<[string, ColumnType]> => [
  ...COMMON,
  ...(Object.entries(SYNTHETIC_TABLES[table]) as Array<[string, ColumnType]>),
];

/**
 * `insert ... select from unnest($2::uuid[], ...)`: one parameter per column whatever the row
 * count, so a batch is one statement without the 65,535-parameter limit. jsonb and text[] travel
 * as text[] and are cast per row, because unnest would flatten an array of arrays. Provenance is
 * the same for every row of a run, so it is sent once ($1).
 */
function insertSql(table: SyntheticTable): string {
  const columns = columnsOf(table);
  const q = (c: string) => `"${c}"`;
  const paramType = (t: ColumnType) => (t === 'jsonb' || t === 'text[]' ? 'text[]' : `${t}[]`);
  const select = columns.map(([c, t]) => (t === 'jsonb' || t === 'text[]' ? `u.${q(c)}::${t}` : `u.${q(c)}`));
  return (
    `insert into ${q(table)} (${[...columns.map(([c]) => q(c)), '"provenance"'].join(', ')}) ` +
    `select ${[...select, '$1::jsonb'].join(', ')} ` +
    `from unnest(${columns.map(([, t], i) => `$${i + 2}::${paramType(t)}`).join(', ')}) as u(${columns.map(([c]) => q(c)).join(', ')})`
  );
}

const arrayLiteral = (values: string[]) => `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;

function columnValues(rows: Array<Record<string, unknown>>, column: string, type: ColumnType): unknown[] {
  if (type === 'jsonb') return rows.map((r) => (r[column] == null ? null : JSON.stringify(r[column])));
  if (type === 'text[]') return rows.map((r) => arrayLiteral((r[column] as string[] | undefined) ?? []));
  return rows.map((r) => r[column] ?? null);
}

export type TableCounts = Record<SyntheticTable, number>;

export const zeroCounts = (): TableCounts => Object.fromEntries(TABLE_ORDER.map((t) => [t, 0])) as TableCounts;

/**
 * Buffers rows per table and writes them in batch groups: all tables' buffered rows, parents
 * first, in one transaction. A group is written while the next one is generated (the caller
 * yields to the event loop now and then), and at most one group is in flight, so memory stays
 * bounded by about two batches whatever the scale.
 */
export class BatchWriter {
  private buffers = new Map<SyntheticTable, Array<Record<string, unknown>>>(TABLE_ORDER.map((t) => [t, []]));
  private pending: Promise<void> | null = null;
  private failure: unknown = null;
  private readonly sql = new Map<SyntheticTable, string>(TABLE_ORDER.map((t) => [t, insertSql(t)]));
  readonly written: TableCounts = zeroCounts();

  constructor(
    private readonly client: SqlClient,
    private readonly provenanceJson: string,
    private readonly batchRows: number,
    private readonly onWritten?: (written: TableCounts) => void,
  ) {}

  add<T extends SyntheticTable>(table: T, row: Row<T>): void {
    this.buffers.get(table)!.push(row as Record<string, unknown>);
  }

  /** Starts writing the buffered rows when any table has a full batch. */
  async maybeFlush(): Promise<void> {
    for (const rows of this.buffers.values()) {
      if (rows.length >= this.batchRows) return this.flush();
    }
  }

  /** Starts writing everything buffered, after the group in flight (if any) has finished. */
  async flush(): Promise<void> {
    await this.settle();
    const group = this.buffers;
    this.buffers = new Map(TABLE_ORDER.map((t) => [t, []]));
    this.pending = this.write(group).catch((e: unknown) => {
      this.failure = e;
    });
  }

  /** Writes what is left and waits for it. */
  async close(): Promise<TableCounts> {
    await this.flush();
    await this.settle();
    return this.written;
  }

  private async settle(): Promise<void> {
    if (this.pending) await this.pending;
    this.pending = null;
    if (this.failure) throw this.failure;
  }

  private async write(group: Map<SyntheticTable, Array<Record<string, unknown>>>): Promise<void> {
    if ([...group.values()].every((rows) => rows.length === 0)) return;
    await this.client.query('begin');
    try {
      for (const table of TABLE_ORDER) {
        const rows = group.get(table)!;
        const columns = columnsOf(table);
        for (let i = 0; i < rows.length; i += this.batchRows) {
          const chunk = rows.slice(i, i + this.batchRows);
          const params = [this.provenanceJson, ...columns.map(([c, t]) => columnValues(chunk, c, t))];
          await this.client.query(this.sql.get(table)!, params);
        }
      }
      await this.client.query('commit');
    } catch (e) {
      await this.client.query('rollback').catch(() => undefined);
      throw e;
    }
    for (const [table, rows] of group) this.written[table] += rows.length;
    this.onWritten?.(this.written);
  }
}
