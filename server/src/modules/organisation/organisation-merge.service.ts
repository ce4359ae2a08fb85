import { Field, ID, InputType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { pgArray } from '../../graphql/loaders.js';
import { runWrite } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { idOf } from '../project/project.service.js';

@InputType('MergeOrganisationsInput')
export class MergeOrganisationsInput {
  @Field(() => ID, { description: 'The record that stays.' })
  keep!: string;

  @Field(() => ID, { description: 'The duplicate: its links move to `keep`, then it is deleted.' })
  duplicate!: string;
}

// Links that move from the duplicate to the kept record. Where a unique key would collide (the
// kept record already has the same link), the duplicate's row is dropped first.
const COLLIDING: { table: string; column: string; same: string }[] = [
  { table: 'participation', column: 'organisation_id', same: 'k.project_id = d.project_id and k.role = d.role' },
  { table: 'adoption', column: 'organisation_id', same: 'k.deliverable_id = d.deliverable_id' },
  { table: 'membership', column: 'organisation_id', same: 'k.user_id = d.user_id' },
];
const MOVED: { table: string; column: string }[] = [
  ...COLLIDING,
  { table: 'invitation', column: 'organisation_id' },
  { table: 'api_key', column: 'organisation_id' },
  { table: 'deliverable', column: 'publisher_id' },
  { table: 'specification', column: 'owner_id' },
  { table: 'national_service', column: 'provider_id' },
  { table: 'funding_programme', column: 'funder_id' },
  { table: '"grant"', column: 'lead_applicant_id' },
  { table: 'organisation', column: 'parent_id' },
  { table: 'organisation', column: 'member_of_id' },
  { table: 'organisation', column: 'successor_of_id' },
];

interface OrgRow {
  id: string;
  name: Record<string, string>;
  municipality_code: string | null;
  business_id: string | null;
  aliases: string[];
}

/**
 * Curators merge a duplicate organisation into the record that stays: every link moves, the
 * duplicate's names become aliases, its identifiers fill gaps, and it is deleted; one transaction,
 * audited on both ids. Two municipalities are never merged.
 */
export async function mergeOrganisations(ctx: Context, input: MergeOrganisationsInput, idem?: string | null) {
  const keep = idOf(input.keep, 'keep', ['Organisation']);
  const dup = idOf(input.duplicate, 'duplicate', ['Organisation']);
  if (keep === dup) throw new BadUserInputError('input', 'An organisation cannot be merged into itself.', 'duplicate');
  return runWrite(
    ctx,
    { operation: 'mergeOrganisations', idempotencyKey: idem, args: input },
    async ({ em, actor }) => {
      const conn = em.getConnection();
      const rows = await conn.execute<OrgRow[]>(
        `select id, name, municipality_code, business_id, aliases from organisation where id in (?, ?) for update`,
        [keep, dup],
        'all',
      );
      const k = rows.find((r) => r.id === keep);
      const d = rows.find((r) => r.id === dup);
      if (!k) throw new NotFoundError('keep', 'No organisation with this id (keep).');
      if (!d) throw new NotFoundError('duplicate', 'No organisation with this id (duplicate).');
      if (k.municipality_code && d.municipality_code) {
        throw new ConflictError('Two municipalities are different organisations and are not merged.', {
          argumentName: 'input',
          field: 'duplicate',
        });
      }
      if (k.business_id && d.business_id && k.business_id !== d.business_id) {
        throw new ConflictError('The organisations have different business IDs.', {
          argumentName: 'input',
          field: 'duplicate',
        });
      }
      const moved: Record<string, number> = {};
      for (const c of COLLIDING) {
        await conn.execute(
          `delete from ${c.table} d where d.${c.column} = ? and exists (select 1 from ${c.table} k where k.${c.column} = ? and ${c.same})`,
          [dup, keep],
        );
      }
      for (const m of MOVED) {
        const res = await conn.execute<{ affectedRows?: number }>(
          `update ${m.table} set ${m.column} = ? where ${m.column} = ? and id <> ?`,
          [keep, dup, keep],
          'run',
        );
        moved[`${m.table.replace(/"/g, '')}.${m.column}`] = res.affectedRows ?? 0;
      }
      const aliases = [...new Set([...k.aliases, ...Object.values(d.name), ...d.aliases])].filter(
        (a) => !Object.values(k.name).includes(a),
      );
      // The duplicate goes first, so its unique identifiers can move where the kept record has none.
      const [gone] = await conn.execute<Record<string, unknown>[]>(
        `delete from organisation where id = ? returning municipality_code, business_id, website, population, region_id, provenance`,
        [dup],
        'all',
      );
      await conn.execute(
        `update organisation set aliases = ?::text[],
         municipality_code = coalesce(municipality_code, ?), business_id = coalesce(business_id, ?),
         website = coalesce(website, ?), population = coalesce(population, ?), region_id = coalesce(region_id, ?::uuid),
         provenance = provenance || ?::jsonb, version = version + 1, updated_at = now()
       where id = ?`,
        [
          pgArray(aliases),
          gone.municipality_code,
          gone.business_id,
          gone.website,
          gone.population,
          gone.region_id,
          JSON.stringify(gone.provenance ?? []),
          keep,
        ],
      );
      audit(em, actor, {
        action: 'organisation.merge',
        nodeType: 'Organisation',
        nodeId: keep,
        before: { aliases: k.aliases },
        after: { aliases, mergedFrom: { id: dup, name: d.name }, moved },
      });
      audit(em, actor, {
        action: 'organisation.mergedInto',
        nodeType: 'Organisation',
        nodeId: dup,
        before: { name: d.name, municipalityCode: d.municipality_code, businessId: d.business_id },
        after: { mergedInto: keep },
      });
      return keep;
    },
  );
}
