import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeId } from '../src/db/seed/import-funding.js';
import { THEME_PARENT, type Theme } from '../src/domain/enums.js';
import { generateSynthetic } from '../src/db/synthetic/generate.js';
import { withPgClient } from '../src/db/synthetic/pg.js';
import { deleteSyntheticRows, hasSyntheticRows, SYNTHETIC_CONDITION } from '../src/db/synthetic/reset.js';
import { TABLE_ORDER, type SyntheticTable } from '../src/db/synthetic/tables.js';
import { prepareSyntheticDatabase, sameDatabase } from '../src/db/synthetic/target.js';

const ADMIN_URL =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCALE = 0.01;
const SEED = 42;
/** Tables the real reference import writes to; none of their real rows may change. */
const REFERENCE_TABLES = ['region', 'organisation', 'national_service', 'specification', ...TABLE_ORDER];

const stamp = `${process.pid}_${Date.now().toString(36)}`;
const dbUrl = (name: string) => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
};
const names = {
  a: `kg_test_synth_${stamp}_a`,
  b: `kg_test_synth_${stamp}_b`,
  refused: `kg_test_synth_${stamp}_refused`,
};

const admin = <T>(fn: (c: pg.Client) => Promise<T>) => withPgClient(ADMIN_URL, fn);
const on = <T>(name: string, fn: (c: pg.Client) => Promise<T>) => withPgClient(dbUrl(name), fn);

async function counts(c: pg.Client, where = 'true'): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of REFERENCE_TABLES) {
    out[t] = (await c.query<{ n: number }>(`select count(*)::int as n from "${t}" where ${where}`)).rows[0].n;
  }
  return out;
}

/** One digest per table of every synthetic row, in id order: equal digests mean identical data. */
async function checksums(c: pg.Client): Promise<Record<SyntheticTable, string>> {
  const out = {} as Record<SyntheticTable, string>;
  for (const t of TABLE_ORDER) {
    const { rows } = await c.query<{ h: string | null; n: number }>(
      `select md5(string_agg(x::text, '|' order by x.id)) as h, count(*)::int as n from "${t}" x where ${SYNTHETIC_CONDITION}`,
    );
    out[t] = `${rows[0].n}:${rows[0].h}`;
  }
  return out;
}

const generate = (name: string, seed: number) =>
  on(name, (client) => generateSynthetic({ client, scale: SCALE, seed }));

let referenceCounts: Record<string, number>;
let firstRun: Record<SyntheticTable, string>;

beforeAll(async () => {
  await prepareSyntheticDatabase(dbUrl(names.a), 2);
  await prepareSyntheticDatabase(dbUrl(names.b), 2);
  referenceCounts = await on(names.b, (c) => counts(c));
  await generate(names.a, SEED);
  await generate(names.b, SEED);
  firstRun = await on(names.a, checksums);
});

afterAll(async () => {
  await admin(async (c) => {
    for (const name of Object.values(names)) await c.query(`drop database if exists "${name}" with (force)`);
  });
});

describe('synthetic data generator', () => {
  it('gives byte-identical rows for the same seed and scale, in another database and after a reset', async () => {
    expect(Number(firstRun.project.split(':')[0])).toBe(20);
    expect(await on(names.b, checksums)).toEqual(firstRun);

    const deleted = await on(names.a, deleteSyntheticRows);
    expect(deleted.project).toBe(20);
    expect(await on(names.a, hasSyntheticRows)).toBe(false);
    // A reset removes exactly the synthetic rows: what is left is the reference data as imported.
    expect(await on(names.a, (c) => counts(c))).toEqual(referenceCounts);
    await generate(names.a, SEED + 1);
    const otherSeed = await on(names.a, checksums);
    expect(otherSeed.project).not.toBe(firstRun.project);
    expect(otherSeed.deliverable).not.toBe(firstRun.deliverable);

    await on(names.a, deleteSyntheticRows);
    await generate(names.a, SEED);
    expect(await on(names.a, checksums)).toEqual(firstRun);
  });

  it('gives every project at least three participations, service uses and deliverables, and one lead', async () => {
    const { rows } = await on(names.b, (c) =>
      c.query<{ slug: string; participations: number; leads: number; services: number; deliverables: number }>(
        `select p.slug,
                (select count(*)::int from participation x where x.project_id = p.id) as participations,
                (select count(*)::int from participation x where x.project_id = p.id and x.role = 'LEAD_APPLICANT') as leads,
                (select count(*)::int from service_use x where x.project_id = p.id) as services,
                (select count(*)::int from deliverable_project x where x.project_id = p.id) as deliverables
           from project p where p.${SYNTHETIC_CONDITION} order by p.slug`,
      ),
    );
    expect(rows).toHaveLength(20);
    for (const r of rows) {
      expect(r.slug).toMatch(/^synth-\d+-[a-z0-9-]+$/);
      expect(r.participations, r.slug).toBeGreaterThanOrEqual(3);
      expect(r.participations, r.slug).toBeLessThanOrEqual(12);
      expect(r.leads, r.slug).toBe(1);
      expect(r.services, r.slug).toBeGreaterThanOrEqual(3);
      expect(r.deliverables, r.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it('stores each sub-theme with its parent, links only to earlier projects and leaves no template slot unfilled', async () => {
    await on(names.b, async (c) => {
      const projects = await c.query<{ slug: string; themes: string[] }>(
        `select slug, themes from project where ${SYNTHETIC_CONDITION}`,
      );
      for (const p of projects.rows) {
        expect(p.themes.length, p.slug).toBeGreaterThan(0);
        for (const t of p.themes) expect(p.themes, p.slug).toContain(THEME_PARENT[t as Theme]);
      }
      // Slug numbers follow generation order: a link to an equal or later number could close a cycle.
      const backwards = await c.query<{ n: number }>(
        `select count(*)::int as n from project_link l join project a on a.id = l.from_id join project b on b.id = l.to_id
          where l.${SYNTHETIC_CONDITION} and split_part(a.slug, '-', 2)::int <= split_part(b.slug, '-', 2)::int`,
      );
      expect(backwards.rows[0].n).toBe(0);
      const unfilled = await c.query<{ n: number }>(
        `select (select count(*) from project where (name::text || summary::text || description::text) ~ '\\{[a-zA-Z]\\}')::int
              + (select count(*) from deliverable where (title::text || short_description::text || description::text) ~ '\\{[a-zA-Z]\\}')::int as n`,
      );
      expect(unfilled.rows[0].n).toBe(0);
    });
  });

  it('marks every generated row SYNTHETIC and leaves the real reference data as it was', async () => {
    await on(names.b, async (c) => {
      const all = await counts(c);
      const synthetic = await counts(c, SYNTHETIC_CONDITION);
      for (const t of REFERENCE_TABLES) {
        // Every row added by the generator is synthetic, and no real row was added or removed.
        expect(all[t] - referenceCounts[t], t).toBe(synthetic[t]);
      }
      expect(synthetic.deliverable).toBeGreaterThanOrEqual(60);
      expect(synthetic.adoption).toBeGreaterThan(0);
      expect(synthetic.region + synthetic.organisation + synthetic.national_service + synthetic.specification).toBe(0);

      const notes = await c.query<{ provenance: unknown }>(
        `select distinct provenance from (${TABLE_ORDER.map((t) => `select provenance from "${t}" where ${SYNTHETIC_CONDITION}`).join(' union all ')}) s`,
      );
      expect(notes.rows).toEqual([
        { provenance: [{ status: 'SYNTHETIC', note: `generated by seed:synthetic scale=${SCALE} seed=${SEED}` }] },
      ]);

      const municipalities = await c.query<{ n: number }>(
        `select count(*)::int as n from organisation where kind = 'MUNICIPALITY'`,
      );
      expect(municipalities.rows[0].n).toBe(309);
      const round2021 = await c.query<{ grants: number; projects: number; synthetic: number }>(
        `select count(*)::int as grants, count(distinct g.project_id)::int as projects,
                count(*) filter (where g.${SYNTHETIC_CONDITION} or p.${SYNTHETIC_CONDITION})::int as synthetic
           from "grant" g join funding_call fc on fc.id = g.call_id left join project p on p.id = g.project_id
          where fc.programme_id = $1 and fc.year = 2021`,
        [programmeId],
      );
      expect(round2021.rows[0]).toEqual({ grants: 17, projects: 17, synthetic: 0 });
      // Synthetic grants come only from the synthetic programme, never from a real call.
      const misplaced = await c.query<{ n: number }>(
        `select count(*)::int as n from "grant" g join funding_call fc on fc.id = g.call_id join funding_programme fp on fp.id = fc.programme_id
          where g.${SYNTHETIC_CONDITION} and not fp.${SYNTHETIC_CONDITION}`,
      );
      expect(misplaced.rows[0].n).toBe(0);
    });
  });
});

describe('seed:synthetic command line', () => {
  const run = (args: string[], env: Record<string, string | undefined>) => {
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      SYNTHETIC_DATABASE_URL: undefined,
      DATABASE_URL: undefined,
      ...env,
    };
    for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined) delete childEnv[k];
    return spawnSync('npx', ['tsx', 'src/scripts/seed-synthetic.ts', '--scale', '0.01', ...args], {
      cwd: SERVER_DIR,
      env: childEnv,
      encoding: 'utf8',
      timeout: 60_000,
    });
  };
  const exists = (name: string) =>
    admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rows.length > 0);

  it('refuses, with exit code 2, a target that is the served DATABASE_URL (spelt differently)', async () => {
    const target = `postgresql://postgres@localhost/${names.refused}`;
    const served = `postgres://someone:secret@127.0.0.1:5432/${names.refused}?sslmode=disable`;
    expect(sameDatabase(target, served)).toBe(true);
    const res = run(['--database-url', target], { DATABASE_URL: served });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Refusing to write synthetic data');
    expect(res.stderr).toContain('DATABASE_URL');
    expect(await exists(names.refused)).toBe(false);
  });

  it('refuses, with exit code 2, when no target database is given', async () => {
    const res = run([], {});
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('No target database');
  });

  it('tells different databases apart', () => {
    expect(sameDatabase('postgresql://127.0.0.1/kg_a', 'postgresql://127.0.0.1/kg_b')).toBe(false);
    expect(sameDatabase('postgresql://127.0.0.1:5433/kg_a', 'postgresql://127.0.0.1:5432/kg_a')).toBe(false);
    expect(sameDatabase('postgresql://db.example/kg_a', 'postgresql://127.0.0.1/kg_a')).toBe(false);
  });
});
