import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('migrations', { seed: false });
});
afterAll(async () => db?.close());

describe('migrations', () => {
  it('match the entities (no schema change is waiting for a migration)', async () => {
    expect(await db.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('are all applied by start-up', async () => {
    expect(await db.orm.getMigrator().getPendingMigrations()).toEqual([]);
  });
});
