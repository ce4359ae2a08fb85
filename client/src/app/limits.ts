/**
 * The API's input limits, mirrored so that forms say what is wrong before sending. Keep them in
 * step with the server's input classes (read-only for the client):
 * - server/src/graphql/inputs.ts: LocalizedNameInput 200, LocalizedTextInput 20 000 per language;
 * - server/src/graphql/validation.ts: isHttpUrl, at most 500 characters;
 * - server/src/modules/auth/auth.inputs.ts: e-mail 254, password 12..200, display and API key
 *   names 1..200 (checkEmail, checkPassword, checkName);
 * - server/src/modules/auth/invitation.inputs.ts: e-mail 254;
 * - server/src/modules/deliverable/deliverable.inputs.ts: version 60, licence 100, keywords 30 of
 *   60, contacts 10 (name 120, role 120, organisation 200), release links 20;
 * - server/src/modules/adoption/adoption.inputs.ts: evidence, at most 10 http(s) addresses;
 * - server/src/modules/project/project.inputs.ts: plannedEnd not before plannedStart (checked in
 *   project.service.ts), dates ISO.
 * Lengths count characters (code points) after trimming, as the server does.
 */
export const LIMITS = {
  /** A name or title, per language; display names and API key names too. */
  name: 200,
  /** A long text (summary, description, notes), per language. */
  text: 20_000,
  url: 500,
  email: 254,
  passwordMin: 12,
  passwordMax: 200,
  version: 60,
  licence: 100,
  keywords: 30,
  keyword: 60,
  contacts: 10,
  contactName: 120,
  contactRole: 120,
  contactOrganisation: 200,
  evidenceUrls: 10,
} as const;

/** A text's length as the limits count it: code points after trimming. */
export const textLength = (value: string) => [...value.trim()].length;
