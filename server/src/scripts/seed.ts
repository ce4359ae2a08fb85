import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { importReferenceData } from '../db/seed/import-reference.js';

/** `npm run seed`: imports (or refreshes) the reference data into the configured database. */
const config = loadConfig();
const db = await openDatabase(config);
try {
  const { changed } = await importReferenceData(db.orm.em.fork());
  const total = Object.values(changed).reduce((a, b) => a + b, 0);
  for (const [table, n] of Object.entries(changed)) console.log(`${table.padEnd(24)} ${n} rows inserted or changed`);
  console.log(total === 0 ? 'Reference data already up to date.' : `Done: ${total} rows written.`);
} finally {
  await db.close();
}
