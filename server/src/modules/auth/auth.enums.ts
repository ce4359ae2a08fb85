import { registerEnumType } from 'type-graphql';

/** Role of a user in an organisation (MEMBER, ADMIN) or a project (LEAD, CONTRIBUTOR). */
export enum MembershipRole {
  MEMBER = 'MEMBER',
  ADMIN = 'ADMIN',
  LEAD = 'LEAD',
  CONTRIBUTOR = 'CONTRIBUTOR',
}

export const ORGANISATION_ROLES: readonly MembershipRole[] = [MembershipRole.MEMBER, MembershipRole.ADMIN];
export const PROJECT_ROLES: readonly MembershipRole[] = [MembershipRole.LEAD, MembershipRole.CONTRIBUTOR];

/** What a partner API key may do. */
export enum ApiKeyScope {
  READ = 'READ',
  WRITE = 'WRITE',
}

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'Organisations: MEMBER or ADMIN; projects: LEAD or CONTRIBUTOR.',
});
registerEnumType(ApiKeyScope, { name: 'ApiKeyScope', description: 'What a partner API key may do.' });
