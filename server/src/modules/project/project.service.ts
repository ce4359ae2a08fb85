import type { EntityManager } from '@mikro-orm/postgresql';
import { ParticipationRole, ProvenanceStatus, THEME_PARENT, type Theme } from '../../domain/enums.js';
import { slugify } from '../../domain/ids.js';
import type { LocalizedText } from '../../domain/localized.js';
import type { ProvenanceSource } from '../../domain/provenance.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { toLocalized } from '../../graphql/inputs.js';
import { clean, validateInput } from '../../graphql/validation.js';
import { changes, checkVersion, runWrite, type WriteScope } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { MembershipRole } from '../auth/auth.enums.js';
import { authorize } from '../auth/auth.policy.js';
import { Membership } from '../auth/membership.entity.js';
import { User } from '../auth/user.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { LessonLearned } from './lesson-learned.entity.js';
import { Participation } from './participation.entity.js';
import { ProjectLink } from './project-link.entity.js';
import { Project } from './project.entity.js';
import type {
  CreateProjectInput,
  LessonLearnedInput,
  ParticipantInput,
  ProjectLinkInput,
  SetProjectArchivedInput,
  UpdateProjectInput,
} from './project.inputs.js';
import { authorizeProjectEdit, canCreateProject, canLeadProject, projectFacts } from './project.policy.js';

// Project mutations: validate, then one transaction with the policy check, the change and its audit row.

/** Provenance of what a user typed in. */
export function userSupplied(): ProvenanceSource[] {
  return [{ status: ProvenanceStatus.USER_SUPPLIED, date: new Date().toISOString().slice(0, 10) }];
}

/** Themes with their parents, sorted and distinct (a sub-theme implies its parent). */
export function withParents(themes: readonly Theme[]): Theme[] {
  return [...new Set(themes.flatMap((t) => [t, THEME_PARENT[t]]))].sort();
}

/** The uuid of a global id of one of the types, or BAD_USER_INPUT naming `input.<field>`. */
export function idOf(globalId: string, field: string, types: readonly string[]): string {
  try {
    return fromGlobalId(globalId, field, types).id;
  } catch (e) {
    if (e instanceof BadUserInputError) throw new BadUserInputError('input', e.message, field);
    throw e;
  }
}

async function exists(em: EntityManager, table: string, id: string, field: string, what: string): Promise<void> {
  const rows = await em.getConnection().execute(`select 1 from ${table} where id = ?`, [id], 'all');
  if (rows.length === 0) throw new NotFoundError(field, `No ${what} with this id (${field}).`);
}

/** The project view's plain fields as stored, for audit diffs. */
function snapshot(p: Project): Record<string, unknown> {
  return {
    slug: p.slug,
    acronym: p.acronym ?? null,
    name: p.name,
    summary: p.summary,
    description: p.description,
    themes: p.themes,
    status: p.status,
    plannedStart: p.plannedStart ?? null,
    plannedEnd: p.plannedEnd ?? null,
    actualStart: p.actualStart ?? null,
    actualEnd: p.actualEnd ?? null,
    budgetEur: p.budgetEur ?? null,
    website: p.website ?? null,
    archivedAt: p.archivedAt ?? null,
  };
}

type Patch = Omit<UpdateProjectInput, 'id' | 'expectedVersion'>;

/** Applies the fields present in the input: omitted stays, null clears. */
function applyFields(p: Project, input: Patch): void {
  const has = (k: keyof Patch) => input[k] !== undefined;
  if (has('name')) {
    if (input.name === null) throw new BadUserInputError('input', '"name" cannot be cleared.', 'name');
    p.name = toLocalized(input.name);
  }
  if (has('acronym')) p.acronym = clean(input.acronym) || null;
  if (has('summary')) p.summary = toLocalized(input.summary);
  if (has('description')) p.description = toLocalized(input.description);
  if (has('themes')) p.themes = withParents(input.themes ?? []);
  if (has('status')) {
    if (input.status === null) throw new BadUserInputError('input', '"status" cannot be cleared.', 'status');
    p.status = input.status!;
  }
  for (const k of ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const) {
    if (has(k)) p[k] = input[k] ?? null;
  }
  if (has('budgetEur')) p.budgetEur = input.budgetEur ?? null;
  if (has('website')) p.website = clean(input.website) ?? null;
  for (const [from, to] of [
    ['plannedStart', 'plannedEnd'],
    ['actualStart', 'actualEnd'],
  ] as const) {
    if (p[from] && p[to] && p[from]! > p[to]!) {
      throw new BadUserInputError('input', `"${to}" must not be before "${from}".`, to);
    }
  }
}

/** The slug asked for (CONFLICT when taken), or one made from the name with -2, -3 ... added if needed. */
async function freeSlug(em: EntityManager, input: CreateProjectInput, name: LocalizedText): Promise<string> {
  const conn = em.getConnection();
  if (input.slug) {
    const taken = await conn.execute(`select 1 from project where slug = ?`, [input.slug], 'all');
    if (taken.length) {
      throw new ConflictError(`The slug "${input.slug}" is taken; choose another.`, {
        argumentName: 'input',
        field: 'slug',
      });
    }
    return input.slug;
  }
  const base = slugify(name.fi ?? name.sv ?? name.en ?? 'project', 100) || 'project';
  const rows = await conn.execute<{ slug: string }[]>(
    `select slug from project where slug = ? or slug ~ ?`,
    [base, `^${base.replace(/[^a-z0-9-]/g, '')}-[0-9]+$`],
    'all',
  );
  const used = new Set(rows.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Creates a project led by an organisation; a signed-in creator becomes its LEAD. */
export async function createProject(ctx: Context, input: CreateProjectInput, idempotencyKey?: string | null) {
  await validateInput('input', input);
  const leadId = idOf(input.leadOrganisation, 'leadOrganisation', ['Organisation']);
  return runWrite(ctx, { operation: 'createProject', idempotencyKey, args: input }, async ({ em, viewer, actor }) => {
    authorize(canCreateProject(viewer, leadId), 'You can only start projects for an organisation you act for.');
    await exists(em, 'organisation', leadId, 'leadOrganisation', 'organisation');
    const p = new Project();
    applyFields(p, input);
    p.slug = await freeSlug(em, input, p.name);
    p.provenance = userSupplied();
    em.persist(p);
    const lead = new Participation();
    Object.assign(lead, {
      project: p,
      organisation: em.getReference(Organisation, leadId),
      role: ParticipationRole.LEAD_APPLICANT,
      provenance: userSupplied(),
    });
    em.persist(lead);
    if (viewer.kind === 'USER') {
      const m = new Membership();
      Object.assign(m, { user: em.getReference(User, viewer.userId!), project: p, role: MembershipRole.LEAD });
      em.persist(m);
    }
    audit(em, actor, {
      action: 'project.create',
      nodeType: 'Project',
      nodeId: p.id,
      after: { ...snapshot(p), leadOrganisation: leadId },
    });
    return p.id;
  });
}

/** Loads the project for an edit: policy, archive state and the version the client edited. */
async function editableProject(scope: WriteScope, projectId: string, field: string, expectedVersion?: number) {
  const facts = await projectFacts(scope.em, projectId, field);
  authorizeProjectEdit(scope.viewer, facts);
  const p = await scope.em.findOneOrFail(Project, projectId);
  if (expectedVersion !== undefined) checkVersion(p, expectedVersion);
  return p;
}

/** Updates a project's fields (omitted stay, null clears) under optimistic locking. */
export async function updateProject(ctx: Context, input: UpdateProjectInput, idempotencyKey?: string | null) {
  await validateInput('input', input);
  const id = idOf(input.id, 'id', ['Project']);
  return runWrite(ctx, { operation: 'updateProject', idempotencyKey, args: input }, async (scope) => {
    const p = await editableProject(scope, id, 'id', input.expectedVersion);
    const before = snapshot(p);
    applyFields(p, input);
    const diff = changes(before, snapshot(p));
    if (diff) {
      p.updatedAt = new Date();
      audit(scope.em, scope.actor, { action: 'project.update', nodeType: 'Project', nodeId: p.id, ...diff });
    }
    return p.id;
  });
}

/** Archives (edits stop) or restores a project: its LEADs and curators. */
export async function setProjectArchived(ctx: Context, input: SetProjectArchivedInput, idem?: string | null) {
  await validateInput('input', input);
  const id = idOf(input.id, 'id', ['Project']);
  return runWrite(ctx, { operation: 'setProjectArchived', idempotencyKey: idem, args: input }, async (scope) => {
    await projectFacts(scope.em, id, 'id');
    authorize(canLeadProject(scope.viewer, id), 'Only the project lead or a curator can archive a project.');
    const p = await scope.em.findOneOrFail(Project, id);
    checkVersion(p, input.expectedVersion);
    if ((p.archivedAt != null) === input.archived) return p.id;
    const before = snapshot(p);
    p.archivedAt = input.archived ? new Date() : null;
    p.updatedAt = new Date();
    audit(scope.em, scope.actor, {
      action: input.archived ? 'project.archive' : 'project.restore',
      nodeType: 'Project',
      nodeId: p.id,
      ...changes(before, snapshot(p))!,
    });
    return p.id;
  });
}

/** Adds an organisation to a project in a role (CONFLICT when it already has that role). */
export async function addParticipant(ctx: Context, input: ParticipantInput, idem?: string | null) {
  await validateInput('input', input);
  const projectId = idOf(input.project, 'project', ['Project']);
  const orgId = idOf(input.organisation, 'organisation', ['Organisation']);
  return runWrite(ctx, { operation: 'addParticipant', idempotencyKey: idem, args: input }, async (scope) => {
    const p = await editableProject(scope, projectId, 'project');
    await exists(scope.em, 'organisation', orgId, 'organisation', 'organisation');
    const dup = await scope.em.count(Participation, { project: projectId, organisation: orgId, role: input.role });
    if (dup) throw new ConflictError('The organisation already takes part in this role.', { argumentName: 'input' });
    const row = new Participation();
    Object.assign(row, {
      project: p,
      organisation: scope.em.getReference(Organisation, orgId),
      role: input.role,
      contribution: toLocalized(input.contribution),
      provenance: userSupplied(),
    });
    scope.em.persist(row);
    audit(scope.em, scope.actor, {
      action: 'project.addParticipant',
      nodeType: 'Project',
      nodeId: projectId,
      after: { participant: { organisation: orgId, role: input.role } },
    });
    return projectId;
  });
}

/** Removes an organisation's role from a project; the lead applicant cannot be removed. */
export async function removeParticipant(ctx: Context, input: ParticipantInput, idem?: string | null) {
  await validateInput('input', input);
  const projectId = idOf(input.project, 'project', ['Project']);
  const orgId = idOf(input.organisation, 'organisation', ['Organisation']);
  return runWrite(ctx, { operation: 'removeParticipant', idempotencyKey: idem, args: input }, async (scope) => {
    await editableProject(scope, projectId, 'project');
    if (input.role === 'LEAD_APPLICANT') {
      throw new BadUserInputError('input', 'The lead applicant cannot be removed; add another first.', 'role');
    }
    const row = await scope.em.findOne(Participation, { project: projectId, organisation: orgId, role: input.role });
    if (!row) throw new NotFoundError('input', 'The organisation does not take part in this role.');
    scope.em.remove(row);
    audit(scope.em, scope.actor, {
      action: 'project.removeParticipant',
      nodeType: 'Project',
      nodeId: projectId,
      before: { participant: { organisation: orgId, role: input.role } },
    });
    return projectId;
  });
}

/** Links two projects (the reuse chain's edges); editing `from` is what needs the right. */
export async function addProjectLink(ctx: Context, input: ProjectLinkInput, idem?: string | null) {
  await validateInput('input', input);
  const from = idOf(input.from, 'from', ['Project']);
  const to = idOf(input.to, 'to', ['Project']);
  if (from === to) throw new BadUserInputError('input', 'A project cannot be linked to itself.', 'to');
  return runWrite(ctx, { operation: 'addProjectLink', idempotencyKey: idem, args: input }, async (scope) => {
    await editableProject(scope, from, 'from');
    await exists(scope.em, 'project', to, 'to', 'project');
    const dup = await scope.em.count(ProjectLink, { from, to, relation: input.relation });
    if (dup) throw new ConflictError('These projects are already linked so.', { argumentName: 'input' });
    const link = new ProjectLink();
    Object.assign(link, {
      from: scope.em.getReference(Project, from),
      to: scope.em.getReference(Project, to),
      relation: input.relation,
      provenance: userSupplied(),
    });
    scope.em.persist(link);
    audit(scope.em, scope.actor, {
      action: 'project.addLink',
      nodeType: 'Project',
      nodeId: from,
      after: { link: { to, relation: input.relation } },
    });
    return from;
  });
}

export async function removeProjectLink(ctx: Context, input: ProjectLinkInput, idem?: string | null) {
  await validateInput('input', input);
  const from = idOf(input.from, 'from', ['Project']);
  const to = idOf(input.to, 'to', ['Project']);
  return runWrite(ctx, { operation: 'removeProjectLink', idempotencyKey: idem, args: input }, async (scope) => {
    await editableProject(scope, from, 'from');
    const link = await scope.em.findOne(ProjectLink, { from, to, relation: input.relation });
    if (!link) throw new NotFoundError('input', 'These projects are not linked so.');
    scope.em.remove(link);
    audit(scope.em, scope.actor, {
      action: 'project.removeLink',
      nodeType: 'Project',
      nodeId: from,
      before: { link: { to, relation: input.relation } },
    });
    return from;
  });
}

export async function addLessonLearned(ctx: Context, input: LessonLearnedInput, idem?: string | null) {
  await validateInput('input', input);
  const projectId = idOf(input.project, 'project', ['Project']);
  return runWrite(ctx, { operation: 'addLessonLearned', idempotencyKey: idem, args: input }, async (scope) => {
    await editableProject(scope, projectId, 'project');
    const lesson = new LessonLearned();
    Object.assign(lesson, {
      project: scope.em.getReference(Project, projectId),
      category: input.category,
      text: toLocalized(input.text),
      mitigation: toLocalized(input.mitigation),
      provenance: userSupplied(),
    });
    scope.em.persist(lesson);
    audit(scope.em, scope.actor, {
      action: 'lessonLearned.create',
      nodeType: 'LessonLearned',
      nodeId: lesson.id,
      after: { project: projectId, category: lesson.category, text: lesson.text, mitigation: lesson.mitigation },
    });
    return lesson.id;
  });
}

export async function removeLessonLearned(ctx: Context, id: string, idem?: string | null) {
  const lessonId = idOf(id, 'id', ['LessonLearned']);
  return runWrite(ctx, { operation: 'removeLessonLearned', idempotencyKey: idem, args: { id } }, async (scope) => {
    const lesson = await scope.em.findOne(LessonLearned, lessonId);
    if (!lesson) throw new NotFoundError('id', 'No lesson with this id.');
    await editableProject(scope, lesson.project.id, 'id');
    scope.em.remove(lesson);
    audit(scope.em, scope.actor, {
      action: 'lessonLearned.delete',
      nodeType: 'LessonLearned',
      nodeId: lessonId,
      before: { project: lesson.project.id, category: lesson.category, text: lesson.text },
    });
    return lesson.project.id;
  });
}
