import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeliverableProjectFacts } from '../auth/auth.policy.js';

/** The projects (with participating organisations) of the deliverable a release belongs to. */
const PROJECTS_OF_RELEASE = `coalesce((select json_agg(json_build_object('projectId', dp.project_id,
    'participatingOrganisationIds', coalesce((select json_agg(distinct p.organisation_id) from participation p
      where p.project_id = dp.project_id), '[]'::json)) order by dp.project_id)
  from deliverable_project dp where dp.deliverable_id = r.deliverable_id), '[]'::json)`;

/** A release with what the edit policy needs to know; one statement, null when there is none. */
export async function releaseFacts(
  em: EntityManager,
  releaseId: string,
): Promise<{ id: string; projects: DeliverableProjectFacts[] } | null> {
  const rows = await em
    .getConnection()
    .execute<{ id: string; projects: DeliverableProjectFacts[] }[]>(
      `select r.id, ${PROJECTS_OF_RELEASE} as projects from release r where r.id = ?`,
      [releaseId],
      'all',
    );
  return rows[0] ?? null;
}

export interface FileRow {
  id: string;
  filename: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  storageKey: string;
  releaseId: string | null;
}

const FILE_COLUMNS = `f.id, f.filename, f.media_type as "mediaType", f.byte_size::float8 as "byteSize", f.sha256,
  f.storage_key as "storageKey", f.release_id as "releaseId"`;

/** A file row for download; one statement. */
export async function fileById(em: EntityManager, id: string): Promise<FileRow | null> {
  const rows = await em
    .getConnection()
    .execute<FileRow[]>(`select ${FILE_COLUMNS} from file f where f.id = ?`, [id], 'all');
  return rows[0] ?? null;
}

/** A file row with the edit facts of its release (none when the release is gone); one statement. */
export async function fileWithFacts(
  em: EntityManager,
  id: string,
): Promise<(FileRow & { projects: DeliverableProjectFacts[] }) | null> {
  const rows = await em
    .getConnection()
    .execute<(FileRow & { projects: DeliverableProjectFacts[] })[]>(
      `select ${FILE_COLUMNS}, ${PROJECTS_OF_RELEASE} as projects from file f left join release r on r.id = f.release_id where f.id = ?`,
      [id],
      'all',
    );
  return rows[0] ?? null;
}

/** Which of the given storage keys have a row (for the orphan sweep); one statement. */
export async function keysWithRows(em: EntityManager, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await em
    .getConnection()
    .execute<{ storage_key: string }[]>(`select storage_key from file where storage_key in (?)`, [keys], 'all');
  return new Set(rows.map((r) => r.storage_key));
}
