import cliProgress from 'cli-progress';
import type { SyntheticProgress } from './generate.js';
import { TABLE_ORDER, type SyntheticTable } from './tables.js';

export interface ProgressReporter {
  update(progress: SyntheticProgress): void;
  /** Final state: every bar at its real total. */
  stop(progress?: SyntheticProgress): void;
}

/** Per-table totals are not known in advance: extrapolate from the rows per project written so far. */
function estimate(p: SyntheticProgress, table: SyntheticTable): number {
  if (table === 'project') return p.projectsTotal;
  if (table === 'funding_programme' || table === 'funding_call') return p.written[table];
  return p.written.project > 0 ? Math.round((p.written[table] * p.projectsTotal) / p.written.project) : 0;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * A bar per table on a terminal; on anything else (CI logs, files) a plain line every few
 * seconds, since redrawn bars would fill a log with control characters.
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = Date.now();
  if (stream.isTTY) {
    const multi = new cliProgress.MultiBar(
      {
        stream,
        format: '{table} {bar} {value}/{total} {percentage}%',
        hideCursor: true,
        clearOnComplete: false,
        barsize: 30,
      },
      cliProgress.Presets.shades_classic,
    );
    const generatedBar = multi.create(1, 0, { table: 'generated projects'.padEnd(22) });
    const bars = new Map<SyntheticTable, cliProgress.SingleBar>();
    const draw = (p: SyntheticProgress, final: boolean) => {
      generatedBar.setTotal(p.projectsTotal);
      generatedBar.update(p.projectsGenerated);
      for (const table of TABLE_ORDER) {
        const total = final ? p.written[table] : Math.max(estimate(p, table), p.written[table]);
        if (!bars.has(table)) bars.set(table, multi.create(Math.max(1, total), 0, { table: table.padEnd(22) }));
        const bar = bars.get(table)!;
        bar.setTotal(Math.max(1, total));
        bar.update(p.written[table]);
      }
    };
    return {
      update: (p) => draw(p, false),
      stop: (p) => {
        if (p) draw(p, true);
        multi.stop();
      },
    };
  }
  let last = 0;
  const line = (p: SyntheticProgress) => {
    const written = TABLE_ORDER.filter((t) => p.written[t] > 0)
      .map((t) => `${t} ${p.written[t]}`)
      .join(', ');
    stream.write(
      `[seed:synthetic] ${p.projectsGenerated}/${p.projectsTotal} projects generated; written: ${written || 'nothing yet'} (${seconds(Date.now() - started)})\n`,
    );
  };
  return {
    update: (p) => {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      line(p);
    },
    stop: (p) => {
      if (p) line(p);
    },
  };
}
