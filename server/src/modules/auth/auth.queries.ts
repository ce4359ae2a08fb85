import { toGlobalId } from '../../graphql/global-id.js';
import type { Sql } from '../../graphql/sql.js';
import type { ApiKeyView } from './auth.types.js';

const ISO = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const API_KEY_COLUMNS = `k.id as uuid, k.organisation_id as "organisationId", k.name, k.prefix, k.scopes,
  ${ISO('k.created_at')} as "createdAt", ${ISO('k.last_used_at')} as "lastUsedAt", ${ISO('k.revoked_at')} as "revokedAt",
  u.display_name as "createdByName"`;

function asApiKeys(rows: ApiKeyView[]): ApiKeyView[] {
  for (const r of rows) r.id = toGlobalId('ApiKey', r.uuid);
  return rows;
}

/** The keys of an organisation, newest first (no secrets: the table has none). */
export async function apiKeysOf(sql: Sql, organisationId: string): Promise<ApiKeyView[]> {
  return asApiKeys(
    await sql.all<ApiKeyView>(
      `select ${API_KEY_COLUMNS} from api_key k left join app_user u on u.id = k.created_by_id
       where k.organisation_id = ? order by k.created_at desc, k.id`,
      [organisationId],
    ),
  );
}

export async function apiKeyById(sql: Sql, id: string): Promise<ApiKeyView | null> {
  const rows = await sql.all<ApiKeyView>(
    `select ${API_KEY_COLUMNS} from api_key k left join app_user u on u.id = k.created_by_id where k.id = ?`,
    [id],
  );
  return asApiKeys(rows)[0] ?? null;
}
