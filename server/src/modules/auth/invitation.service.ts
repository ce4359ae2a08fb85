import { randomBytes } from 'node:crypto';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { validateInput } from '../../graphql/validation.js';
import { runWrite } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { canLeadProject, projectFacts } from '../project/project.policy.js';
import { idOf } from '../project/project.service.js';
import { sha256 } from './auth.crypto.js';
import { MembershipRole, ORGANISATION_ROLES, PROJECT_ROLES } from './auth.enums.js';
import { checkEmail } from './auth.inputs.js';
import { authorize, isAdmin, organisationRole, requireUser } from './auth.policy.js';
import { loadUserViewer, type Viewer } from './auth.viewer.js';
import { Invitation } from './invitation.entity.js';
import type { InviteMemberInput } from './invitation.inputs.js';
import { InvitationState, type CreatedInvitation, type InvitationPreview } from './invitation.types.js';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

const TTL_DAYS = 14;
const TOKEN = /^kgi_[A-Za-z0-9_-]{43}$/;

/** Invite to an organisation: curators and its ADMINs. */
export function canInviteToOrganisation(viewer: Viewer | null, organisationId: string): boolean {
  if (viewer?.kind !== 'USER') return false;
  return isAdmin(viewer) || organisationRole(viewer, organisationId) === MembershipRole.ADMIN;
}

/** Invites someone (by email) to an organisation or a project; the token is returned once. */
export async function inviteMember(ctx: Context, input: InviteMemberInput): Promise<CreatedInvitation> {
  await validateInput('input', input);
  const email = checkEmail(input.email);
  if ((input.organisation == null) === (input.project == null)) {
    throw new BadUserInputError('input', 'Give exactly one of "organisation" and "project".', 'organisation');
  }
  const toProject = input.project != null;
  const allowedRoles = toProject ? PROJECT_ROLES : ORGANISATION_ROLES;
  if (!allowedRoles.includes(input.role)) {
    throw new BadUserInputError('input', `"role" must be ${allowedRoles.join(' or ')} here.`, 'role');
  }
  const targetId = toProject
    ? idOf(input.project!, 'project', ['Project'])
    : idOf(input.organisation!, 'organisation', ['Organisation']);
  const token = `kgi_${randomBytes(32).toString('base64url')}`;
  const invitation = new Invitation();
  await runWrite(ctx, { operation: 'inviteMember', args: input }, async ({ em, viewer, actor }) => {
    if (toProject) {
      await projectFacts(em, targetId, 'project');
      authorize(canLeadProject(viewer, targetId), 'Only the project lead or a curator can invite to a project.');
      invitation.project = em.getReference(Project, targetId);
    } else {
      const rows = await em.getConnection().execute(`select 1 from organisation where id = ?`, [targetId], 'all');
      if (!rows.length) throw new NotFoundError('organisation', 'No organisation with this id (organisation).');
      authorize(canInviteToOrganisation(viewer, targetId), 'Only an organisation admin or a curator can invite.');
      invitation.organisation = em.getReference(Organisation, targetId);
    }
    Object.assign(invitation, {
      tokenHash: sha256(token),
      email,
      role: input.role,
      invitedBy: viewer.userId ? em.getReference(User, viewer.userId) : null,
      expiresAt: new Date(Date.now() + TTL_DAYS * 24 * 3600 * 1000),
    });
    em.persist(invitation);
    audit(em, actor, {
      action: 'invitation.create',
      nodeType: toProject ? 'Project' : 'Organisation',
      nodeId: targetId,
      after: { invitation: invitation.id, email, role: input.role },
    });
    return invitation.id;
  });
  return {
    token,
    invitation: {
      id: toGlobalId('Invitation', invitation.id),
      email,
      role: input.role,
      expiresAt: invitation.expiresAt.toISOString(),
    },
  };
}

/** The invited address with its name hidden but the first letter: `m…@oulu.fi`. */
function emailHint(email: string): string {
  const at = email.lastIndexOf('@');
  return `${[...email.slice(0, at)][0] ?? ''}…${email.slice(at)}`;
}

/**
 * What an invitation token is for (its project or organisation, role, who invited, whether it is
 * still open), or null when no invitation has it (or it was revoked). The token is the key, as for
 * accepting it: whoever holds it may see this, signed in or not.
 */
export async function previewInvitation(ctx: Context, token: string): Promise<InvitationPreview | null> {
  if (!TOKEN.test(token)) throw new BadUserInputError('token', '"token" is not an invitation token.');
  const [row] = await ctx.em.getConnection().execute<
    {
      email: string;
      role: MembershipRole;
      expires_at: string | Date;
      accepted_at: string | Date | null;
      project_id: string | null;
      organisation_id: string | null;
      invited_by_name: string | null;
    }[]
  >(
    `select i.email, i.role, i.expires_at, i.accepted_at, i.project_id, i.organisation_id, u.display_name as invited_by_name
       from invitation i left join app_user u on u.id = i.invited_by_id
      where i.token_hash = ? and i.revoked_at is null`,
    [sha256(token)],
    'all',
  );
  if (!row) return null;
  const expires = new Date(row.expires_at);
  return {
    role: row.role,
    state: row.accepted_at
      ? InvitationState.ACCEPTED
      : expires < new Date()
        ? InvitationState.EXPIRED
        : InvitationState.OPEN,
    expiresAt: expires.toISOString(),
    emailHint: emailHint(row.email),
    invitedByName: row.invited_by_name,
    projectId: row.project_id,
    organisationId: row.organisation_id,
  };
}

/** Accepts an invitation as the signed-in user whose email it names: the membership is created. */
export async function acceptInvitation(ctx: Context, token: string): Promise<Viewer> {
  const user = requireUser(ctx);
  if (!TOKEN.test(token)) throw new BadUserInputError('token', '"token" is not an invitation token.');
  await runWrite(ctx, { operation: 'acceptInvitation', args: { token } }, async ({ em, actor }) => {
    const inv = await em.findOne(Invitation, { tokenHash: sha256(token) });
    if (!inv || inv.revokedAt) throw new NotFoundError('token', 'No such invitation, or it was revoked.');
    if (inv.acceptedAt) throw new ConflictError('This invitation was already accepted.');
    if (inv.expiresAt < new Date()) throw new ConflictError('This invitation has expired; ask for a new one.');
    if (inv.email !== user.email) {
      throw new ForbiddenError('This invitation is for another email address.');
    }
    const target = inv.project ? { project: inv.project.id } : { organisation: inv.organisation!.id };
    const existing = await em.findOne(Membership, { user: user.userId, ...target });
    if (existing) existing.role = inv.role;
    else {
      const m = new Membership();
      Object.assign(m, { user: em.getReference(User, user.userId), role: inv.role, ...target });
      em.persist(m);
    }
    inv.acceptedAt = new Date();
    audit(em, actor, {
      action: 'invitation.accept',
      nodeType: inv.project ? 'Project' : 'Organisation',
      nodeId: inv.project?.id ?? inv.organisation!.id,
      after: { invitation: inv.id, user: user.userId, role: inv.role },
    });
    return inv.id;
  });
  ctx.viewer = await loadUserViewer(ctx.em, user.userId, user.sessionId);
  return ctx.viewer;
}
