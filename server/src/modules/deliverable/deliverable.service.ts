import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { toLocalized } from '../../graphql/inputs.js';
import { clean, validateInput } from '../../graphql/validation.js';
import { changes, checkVersion, runWrite, type WriteScope } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { authorizeProjectEdit, projectFacts } from '../project/project.policy.js';
import { Project } from '../project/project.entity.js';
import { idOf, userSupplied } from '../project/project.service.js';
import { Conformance } from '../specification/conformance.entity.js';
import { Specification } from '../specification/specification.entity.js';
import { DeliverableProject } from './deliverable-project.entity.js';
import { Deliverable } from './deliverable.entity.js';
import type {
  CreateDeliverableInput,
  CreateReleaseInput,
  UpdateDeliverableInput,
  UpdateReleaseInput,
} from './deliverable.inputs.js';
import { authorizeDeliverableEdit, deliverableFacts } from './deliverable.policy.js';
import { Release } from './release.entity.js';

// Deliverables and releases: validate, then one transaction with the policy check, the change and its audit row.

function snapshot(d: Deliverable, conformsTo: string[]): Record<string, unknown> {
  return {
    kind: d.kind,
    title: d.title,
    shortDescription: d.shortDescription,
    description: d.description,
    keywords: d.keywords,
    licence: d.licence ?? null,
    languages: d.languages,
    platforms: d.platforms,
    developmentStatus: d.developmentStatus ?? null,
    maintenanceType: d.maintenanceType ?? null,
    maintenanceUntil: d.maintenanceUntil ?? null,
    contacts: d.contacts,
    landingUrl: d.landingUrl ?? null,
    repositoryUrl: d.repositoryUrl ?? null,
    documentationUrl: d.documentationUrl ?? null,
    publisher: d.publisher?.id ?? null,
    derivedFrom: d.derivedFrom?.id ?? null,
    publishedAt: d.publishedAt ?? null,
    conformsTo,
  };
}

type Patch = Omit<UpdateDeliverableInput, 'id' | 'expectedVersion'>;

async function requireRow(em: EntityManager, table: string, id: string, field: string, what: string) {
  const rows = await em.getConnection().execute(`select 1 from ${table} where id = ?`, [id], 'all');
  if (!rows.length) throw new NotFoundError(field, `No ${what} with this id (${field}).`);
}

/** Applies the fields present (omitted stays, null clears); returns the new conformsTo list when given. */
async function applyFields(em: EntityManager, d: Deliverable, input: Patch): Promise<string[] | undefined> {
  const has = (k: keyof Patch) => input[k] !== undefined;
  if (has('title')) {
    if (input.title === null) throw new BadUserInputError('input', '"title" cannot be cleared.', 'title');
    d.title = toLocalized(input.title);
  }
  if (has('kind')) {
    if (input.kind === null) throw new BadUserInputError('input', '"kind" cannot be cleared.', 'kind');
    d.kind = input.kind!;
  }
  if (has('shortDescription')) d.shortDescription = toLocalized(input.shortDescription);
  if (has('description')) d.description = toLocalized(input.description);
  if (has('keywords')) d.keywords = [...new Set((input.keywords ?? []).map((k) => clean(k)))];
  if (has('licence')) d.licence = clean(input.licence) ?? null;
  if (has('languages')) d.languages = [...new Set(input.languages ?? [])];
  if (has('platforms')) d.platforms = [...new Set(input.platforms ?? [])];
  if (has('developmentStatus')) d.developmentStatus = input.developmentStatus ?? null;
  if (has('maintenanceType')) d.maintenanceType = input.maintenanceType ?? null;
  if (has('contacts'))
    d.contacts = (input.contacts ?? []).map((c) => ({
      name: clean(c.name)!,
      role: clean(c.role) ?? null,
      organisation: clean(c.organisation) ?? null,
      sourceUrl: clean(c.sourceUrl) ?? null,
    }));
  for (const k of ['maintenanceUntil', 'publishedAt', 'landingUrl', 'repositoryUrl', 'documentationUrl'] as const) {
    if (has(k)) d[k] = clean(input[k]) ?? null;
  }
  if (has('publisher')) {
    if (input.publisher) {
      const id = idOf(input.publisher, 'publisher', ['Organisation']);
      await requireRow(em, 'organisation', id, 'publisher', 'organisation');
      d.publisher = em.getReference(Organisation, id);
    } else d.publisher = null;
  }
  if (has('derivedFrom')) {
    if (input.derivedFrom) {
      const id = idOf(input.derivedFrom, 'derivedFrom', ['Deliverable']);
      if (id === d.id) throw new BadUserInputError('input', 'A deliverable cannot derive from itself.', 'derivedFrom');
      await requireRow(em, 'deliverable', id, 'derivedFrom', 'deliverable');
      d.derivedFrom = em.getReference(Deliverable, id);
    } else d.derivedFrom = null;
  }
  if (!has('conformsTo')) return undefined;
  const specIds = [...new Set((input.conformsTo ?? []).map((g) => idOf(g, 'conformsTo', ['Specification'])))];
  if (specIds.length) {
    const found = await em
      .getConnection()
      .execute<{ id: string }[]>(
        `select id from specification where id = any(?::uuid[])`,
        [`{${specIds.join(',')}}`],
        'all',
      );
    if (found.length !== specIds.length)
      throw new NotFoundError('conformsTo', 'No specification with one of these ids.');
  }
  return specIds.sort();
}

async function currentConformance(em: EntityManager, deliverableId: string): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `select specification_id as id from conformance where deliverable_id = ? order by 1`,
      [deliverableId],
      'all',
    );
  return rows.map((r) => r.id);
}

/** Replaces the deliverable's conformance rows with the given specifications. */
async function setConformance(em: EntityManager, d: Deliverable, from: string[], to: string[]) {
  const removed = from.filter((id) => !to.includes(id));
  if (removed.length) await em.nativeDelete(Conformance, { deliverable: d.id, specification: { $in: removed } });
  for (const id of to.filter((x) => !from.includes(x))) {
    const c = new Conformance();
    Object.assign(c, { deliverable: d, specification: em.getReference(Specification, id), provenance: userSupplied() });
    em.persist(c);
  }
}

/** Creates a deliverable of a project the caller may edit. */
export async function createDeliverable(ctx: Context, input: CreateDeliverableInput, idem?: string | null) {
  await validateInput('input', input);
  const projectId = idOf(input.project, 'project', ['Project']);
  return runWrite(
    ctx,
    { operation: 'createDeliverable', idempotencyKey: idem, args: input },
    async ({ em, viewer, actor }) => {
      authorizeProjectEdit(viewer, await projectFacts(em, projectId, 'project'));
      const d = new Deliverable();
      d.provenance = userSupplied();
      const conformsTo = (await applyFields(em, d, input)) ?? [];
      em.persist(d);
      const link = new DeliverableProject();
      Object.assign(link, { deliverable: d, project: em.getReference(Project, projectId), provenance: userSupplied() });
      em.persist(link);
      await setConformance(em, d, [], conformsTo);
      audit(em, actor, {
        action: 'deliverable.create',
        nodeType: 'Deliverable',
        nodeId: d.id,
        after: { ...snapshot(d, conformsTo), project: projectId },
      });
      return d.id;
    },
  );
}

/** Edits a deliverable under optimistic locking. */
export async function updateDeliverable(ctx: Context, input: UpdateDeliverableInput, idem?: string | null) {
  await validateInput('input', input);
  const id = idOf(input.id, 'id', ['Deliverable']);
  return runWrite(
    ctx,
    { operation: 'updateDeliverable', idempotencyKey: idem, args: input },
    async ({ em, viewer, actor }) => {
      authorizeDeliverableEdit(viewer, await deliverableFacts(em, id, 'id'));
      const d = await em.findOneOrFail(Deliverable, id);
      checkVersion(d, input.expectedVersion);
      const oldSpecs = await currentConformance(em, id);
      const before = snapshot(d, oldSpecs);
      const newSpecs = await applyFields(em, d, input);
      if (newSpecs) await setConformance(em, d, oldSpecs, newSpecs);
      const diff = changes(before, snapshot(d, newSpecs ?? oldSpecs));
      if (diff) {
        // Touching updatedAt makes even a conformsTo-only change advance the version.
        d.updatedAt = new Date();
        audit(em, actor, { action: 'deliverable.update', nodeType: 'Deliverable', nodeId: d.id, ...diff });
      }
      return d.id;
    },
  );
}

function releaseSnapshot(r: Release): Record<string, unknown> {
  return { version: r.version, releasedAt: r.releasedAt ?? null, notes: r.notes, links: r.links };
}

type ReleasePatch = Omit<UpdateReleaseInput, 'id'>;

function applyReleaseFields(r: Release, input: ReleasePatch) {
  if (input.version !== undefined) {
    if (input.version === null) throw new BadUserInputError('input', '"version" cannot be cleared.', 'version');
    r.version = clean(input.version);
  }
  if (input.releasedAt !== undefined) r.releasedAt = input.releasedAt ?? null;
  if (input.notes !== undefined) r.notes = toLocalized(input.notes);
  if (input.links !== undefined) {
    r.links = (input.links ?? []).map((l) => ({
      url: l.url,
      ...(l.title && Object.keys(toLocalized(l.title)).length ? { title: toLocalized(l.title) } : {}),
    }));
  }
}

async function ensureVersionFree(em: EntityManager, deliverableId: string, version: string, exceptId?: string) {
  const rows = await em
    .getConnection()
    .execute(
      `select 1 from release where deliverable_id = ? and version = ? and id <> ?`,
      [deliverableId, version, exceptId ?? '00000000-0000-0000-0000-000000000000'],
      'all',
    );
  if (rows.length) {
    throw new ConflictError(`Release "${version}" already exists.`, { argumentName: 'input', field: 'version' });
  }
}

/** Publishes a release of a deliverable (files are uploaded to it with POST /api/files?release=). */
export async function createRelease(ctx: Context, input: CreateReleaseInput, idem?: string | null) {
  await validateInput('input', input);
  const deliverableId = idOf(input.deliverable, 'deliverable', ['Deliverable']);
  return runWrite(ctx, { operation: 'createRelease', idempotencyKey: idem, args: input }, async (scope: WriteScope) => {
    const { em, viewer, actor } = scope;
    authorizeDeliverableEdit(viewer, await deliverableFacts(em, deliverableId, 'deliverable'));
    const r = new Release();
    r.deliverable = em.getReference(Deliverable, deliverableId);
    r.provenance = userSupplied();
    applyReleaseFields(r, input);
    await ensureVersionFree(em, deliverableId, r.version);
    em.persist(r);
    audit(em, actor, {
      action: 'release.create',
      nodeType: 'Release',
      nodeId: r.id,
      after: { deliverable: deliverableId, ...releaseSnapshot(r) },
    });
    return r.id;
  });
}

export async function updateRelease(ctx: Context, input: UpdateReleaseInput, idem?: string | null) {
  await validateInput('input', input);
  const id = idOf(input.id, 'id', ['Release']);
  return runWrite(
    ctx,
    { operation: 'updateRelease', idempotencyKey: idem, args: input },
    async ({ em, viewer, actor }) => {
      const r = await em.findOne(Release, id);
      if (!r) throw new NotFoundError('id', 'No release with this id.');
      authorizeDeliverableEdit(viewer, await deliverableFacts(em, r.deliverable.id, 'id'));
      const before = releaseSnapshot(r);
      applyReleaseFields(r, input);
      await ensureVersionFree(em, r.deliverable.id, r.version, r.id);
      const diff = changes(before, releaseSnapshot(r));
      if (diff) {
        r.updatedAt = new Date();
        audit(em, actor, { action: 'release.update', nodeType: 'Release', nodeId: r.id, ...diff });
      }
      return r.id;
    },
  );
}
