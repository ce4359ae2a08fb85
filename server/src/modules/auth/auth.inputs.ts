import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError } from '../../graphql/errors.js';
import { ApiKeyScope } from './auth.enums.js';

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String, { description: 'At most 254 characters; stored lower-cased.' })
  email!: string;

  @Field(() => String, { description: '12..200 characters.' })
  password!: string;

  @Field(() => String, { description: 'Display name, 1..200 characters.' })
  name!: string;
}

@InputType('SignInInput')
export class SignInInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String, { description: '12..200 characters.' })
  newPassword!: string;
}

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The organisation the key acts for.' })
  organisation!: string;

  @Field(() => String, { description: 'What the key is for, 1..200 characters.' })
  name!: string;

  @Field(() => [ApiKeyScope], { description: 'At least one scope.' })
  scopes!: ApiKeyScope[];
}

// C0 and C1 control characters (NUL included), DEL, and the invisible characters that reorder
// text around them (U+202A-U+202E, U+2066-U+2069): a name of "\u202eadmin" shows reversed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// A pragmatic address check: one @, a dotted domain, no spaces; the length cap is RFC 5321's.
const EMAIL =
  /^[^\s@]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** Throws BAD_USER_INPUT naming `input.<field>` when a text contains NUL or other control characters. */
function noControl(value: string, field: string): void {
  if (CONTROL.test(value))
    throw new BadUserInputError('input', `"${field}" must not contain control or text-direction characters.`, field);
}

/** Returns the lower-cased email or throws BAD_USER_INPUT for `field`. */
export function checkEmail(value: string, field = 'email'): string {
  noControl(value, field);
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new BadUserInputError('input', `"${field}" must be an email address of at most 254 characters.`, field);
  }
  return email;
}

export function checkPassword(value: string, field = 'password'): string {
  noControl(value, field);
  const length = [...value].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw new BadUserInputError(
      'input',
      `"${field}" must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long.`,
      field,
    );
  }
  return value;
}

/** A trimmed display text of 1..max characters. */
export function checkName(value: string, field = 'name', max = 200): string {
  noControl(value, field);
  const name = value.trim().normalize('NFC');
  const length = [...name].length;
  if (length < 1 || length > max) {
    throw new BadUserInputError('input', `"${field}" must be 1 to ${max} characters long.`, field);
  }
  return name;
}

export function checkScopes(scopes: ApiKeyScope[]): ApiKeyScope[] {
  if (scopes.length === 0) throw new BadUserInputError('input', '"scopes" must name at least one scope.', 'scopes');
  return [...new Set(scopes)].sort();
}
