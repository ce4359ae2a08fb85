import { isHttpUrl, type FieldError } from './forms';
import { LIMITS, textLength } from './limits';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * Checks of single fields, run before a form asks the API, each giving the error the form's summary
 * and field show: the same sentences in every form, in the user's language.
 */

// The server's pragmatic address check (server/src/modules/auth/auth.inputs.ts).
const EMAIL =
  /^[^\s@]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmail(value: string): boolean {
  const email = value.trim();
  return email.length <= LIMITS.email && EMAIL.test(email);
}

/** A text of at most `max` characters; `required` also refuses an empty one. */
export function checkText(
  field: string,
  value: string,
  max: number,
  t: T,
  { required = false }: { required?: boolean } = {},
): FieldError[] {
  const length = textLength(value);
  if (length === 0) return required ? [{ field, message: t('form.required') }] : [];
  return length > max ? [{ field, message: t('form.tooLong', { max, length }) }] : [];
}

/** Every language of a localized text (`name.fi`, `name.sv`, `name.en`) of at most `max` characters. */
export function checkTexts(field: string, texts: Record<string, string>, max: number, t: T): FieldError[] {
  return Object.entries(texts).flatMap(([lang, value]) => checkText(`${field}.${lang}`, value, max, t));
}

/** An http(s) address, or nothing unless `required`. */
export function checkUrl(
  field: string,
  value: string,
  t: T,
  { required = false }: { required?: boolean } = {},
): FieldError[] {
  const url = value.trim();
  if (!url) return required ? [{ field, message: t('form.required') }] : [];
  return isHttpUrl(url) ? [] : [{ field, message: t('form.invalidUrl') }];
}

/** An e-mail address, or nothing unless `required`. */
export function checkEmail(
  field: string,
  value: string,
  t: T,
  { required = false }: { required?: boolean } = {},
): FieldError[] {
  if (!value.trim()) return required ? [{ field, message: t('form.required') }] : [];
  return isEmail(value) ? [] : [{ field, message: t('form.invalidEmail') }];
}

/** An end date (ISO, as date inputs give it) that is not before its start; `message` says which. */
export function checkDateOrder(field: string, start: string, end: string, message: string): FieldError[] {
  return start && end && end < start ? [{ field, message }] : [];
}
