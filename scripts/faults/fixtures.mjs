// What the drills write with: a WRITE API key of a real project's lead organisation, made in the database.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export async function writerKey(databaseUrl) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const p = await c.query(
      `select p.id as project, pa.organisation_id as org from project p join participation pa on pa.project_id = p.id
        where pa.role = 'LEAD_APPLICANT' order by p.slug limit 1`,
    );
    const alnum = (n) =>
      randomBytes(n * 2)
        .toString('base64')
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, n);
    const key = `kg_${alnum(8)}_${alnum(40)}`;
    const user = await c.query(
      `insert into app_user (id, email, display_name, password_hash) values (gen_random_uuid(), 'drill@drill.invalid', 'Drill', '!no-password')
       on conflict (email) do update set display_name = excluded.display_name returning id`,
    );
    await c.query(
      `insert into api_key (id, organisation_id, created_by_id, name, prefix, hash, scopes)
       values (gen_random_uuid(), $1, $2, 'fault drill', $3, $4, '{READ,WRITE}')`,
      [p.rows[0].org, user.rows[0].id, key.slice(0, 11), createHash('sha256').update(key).digest('hex')],
    );
    return {
      key,
      project: p.rows[0].project,
      projectGid: Buffer.from(`Project:${p.rows[0].project}`).toString('base64url'),
    };
  } finally {
    await c.end();
  }
}

const CREATE = `mutation($input: CreateDeliverableInput!, $key: String) {
  createDeliverable(input: $input, idempotencyKey: $key) { id title { text } } }`;

/** One createDeliverable under an idempotency key: { id } when acknowledged, else { code }. */
export async function createDeliverable(apiUrl, auth, projectGid, key, title) {
  try {
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
      body: JSON.stringify({
        query: CREATE,
        variables: { key, input: { project: projectGid, kind: 'REPORT', title: { fi: title } } },
      }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = await res.json().catch(() => null);
    const id = body?.data?.createDeliverable?.id;
    if (res.status === 200 && id && !body.errors) return { id, status: res.status };
    return {
      code: body?.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`,
      message: body?.errors?.[0]?.message,
      status: res.status,
    };
  } catch (e) {
    return { code: `NETWORK_${e.name}`, status: 0 };
  }
}

/** Every acknowledged write is there, whole (project link + audit row), and no key wrote twice. */
export async function verifyWrites(databaseUrl, prefix, acknowledged) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const rows = (
      await c.query(
        `select d.id, d.title->>'fi' as title,
           exists (select 1 from deliverable_project dp where dp.deliverable_id = d.id) as linked,
           exists (select 1 from audit_event a where a.node_id = d.id and a.action = 'deliverable.create') as audited
         from deliverable d where d.title->>'fi' like $1`,
        [`${prefix}%`],
      )
    ).rows;
    const byTitle = new Map();
    for (const r of rows) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
    const ids = new Set(rows.map((r) => r.id));
    const gidToUuid = (gid) => Buffer.from(gid, 'base64url').toString().split(':')[1];
    return {
      acknowledged: acknowledged.size,
      stored: rows.length,
      lost: [...acknowledged.values()].filter((gid) => !ids.has(gidToUuid(gid))).length,
      halfWritten: rows.filter((r) => !r.linked || !r.audited).length,
      duplicates: [...byTitle.values()].filter((list) => list.length > 1).length,
    };
  } finally {
    await c.end();
  }
}
