import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { generateSynthetic, projectTotal, type SyntheticProgress } from '../db/synthetic/generate.js';
import { withPgClient } from '../db/synthetic/pg.js';
import { createProgressReporter } from '../db/synthetic/progress.js';
import { deleteSyntheticRows, hasSyntheticRows } from '../db/synthetic/reset.js';
import { TABLE_ORDER } from '../db/synthetic/tables.js';
import { databaseAddress, prepareSyntheticDatabase, sameDatabase } from '../db/synthetic/target.js';

const USAGE = `Usage: npm run seed:synthetic -- --scale <n> [--seed <n>] [--database-url <url>] [--reset]

Fills a separate database (never the one npm start serves) with the real reference data plus
synthetic projects, deliverables and their links, all marked SYNTHETIC in their provenance.

  --scale <n>           1 = about 2,000 projects and 20,000 deliverables; decimals allowed (default 1)
  --seed <n>            PRNG seed; the same seed and scale give identical data (default 1)
  --database-url <url>  target database (or env SYNTHETIC_DATABASE_URL); created if missing
  --reset               delete previously generated rows first
  --batch-rows <n>      rows per insert statement (default 5000)`;

/** Exit code for a refused or malformed invocation (nothing was touched). */
const USAGE_ERROR = 2;

class UsageError extends Error {}

const redact = (url: string) => {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
};

function parseOptions(argv: string[], env: NodeJS.ProcessEnv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
      reset: { type: 'boolean', default: false },
      'batch-rows': { type: 'string', default: '5000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000)
    throw new UsageError(`--scale must be a number in (0, 1000], got "${values.scale}"`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new UsageError(`--seed must be a non-negative integer, got "${values.seed}"`);
  const batchRows = Number(values['batch-rows']);
  if (!Number.isInteger(batchRows) || batchRows < 100) throw new UsageError(`--batch-rows must be an integer >= 100`);
  const url = values['database-url'] ?? env.SYNTHETIC_DATABASE_URL;
  return { help: values.help, scale, seed, batchRows, reset: values.reset, url };
}

/** The served database must never receive synthetic rows, so every doubt is a refusal. */
function checkTarget(url: string | undefined): string {
  if (!url) throw new UsageError('No target database: pass --database-url <url> or set SYNTHETIC_DATABASE_URL.');
  let target;
  try {
    target = databaseAddress(url);
  } catch {
    throw new UsageError(`Not a postgres:// URL: ${url}`);
  }
  if (['postgres', 'template0', 'template1', ''].includes(target.database)) {
    throw new UsageError(
      `Refusing to write synthetic data into the maintenance database "${target.database}": name a database of its own.`,
    );
  }
  const served = loadConfig().databaseUrl;
  if (served && sameDatabase(url, served)) {
    throw new UsageError(
      `Refusing to write synthetic data into ${target.host}:${target.port}/${target.database}: it is DATABASE_URL, the database npm start serves. Use a separate database.`,
    );
  }
  return url;
}

async function main(): Promise<number> {
  let options;
  let url;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    url = checkTarget(options.url);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`seed:synthetic: ${(e as Error).message}\n\n${USAGE}`);
      return USAGE_ERROR;
    }
    throw e;
  }

  const started = Date.now();
  console.error(`Target ${redact(url)}: migrating and importing the reference data ...`);
  const { created } = await prepareSyntheticDatabase(url);
  if (created) console.error('Created the database.');

  return withPgClient(url, async (client) => {
    if (options.reset) {
      const deleted = await deleteSyntheticRows(client);
      const n = Object.values(deleted).reduce((a, b) => a + b, 0);
      console.error(`--reset: deleted ${n} synthetic rows.`);
    } else if (await hasSyntheticRows(client)) {
      console.log('The database already holds synthetic rows; nothing generated (use --reset to regenerate).');
      return 0;
    }
    console.error(
      `Generating scale ${options.scale} (${projectTotal(options.scale)} projects), seed ${options.seed} ...`,
    );
    const progress = createProgressReporter(process.stderr);
    let last: SyntheticProgress | undefined;
    const result = await generateSynthetic({
      client,
      scale: options.scale,
      seed: options.seed,
      batchRows: options.batchRows,
      onProgress: (p) => {
        last = p;
        progress.update(p);
      },
    });
    progress.stop(last);
    for (const table of TABLE_ORDER) console.log(`${table.padEnd(24)} ${String(result.counts[table]).padStart(10)}`);
    const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
    console.log(
      `${rows} rows generated in ${(result.elapsedMs / 1000).toFixed(1)} s (${((Date.now() - started) / 1000).toFixed(1)} s in all).`,
    );
    return 0;
  });
}

process.exitCode = await main();
