import { validate, ValidateBy, type ValidationError, type ValidationOptions } from 'class-validator';
import { BadUserInputError } from './errors.js';

/*
 * Input validation for mutations with class-validator: decorators on the input classes say
 * what a field may hold; `validateInput` runs them and answers BAD_USER_INPUT naming every bad
 * field (`extensions.fields`), before anything is read or written.
 */

// C0 controls except tab, newline and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// Bidirectional overrides and isolates: they make text display differently from what it is.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/** Text of 1..max characters (after trimming), free of control and bidi-override characters. */
export function IsText(max: number, opts: { multiline?: boolean; min?: number } = {}, options?: ValidationOptions) {
  const min = opts.min ?? 1;
  const control = opts.multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE;
  return ValidateBy(
    {
      name: 'isText',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || control.test(value) || BIDI.test(value)) return false;
          const length = [...value.trim()].length;
          return length >= min && length <= max;
        },
        defaultMessage: (args) =>
          `"${args?.property}" must be ${min} to ${max} characters of text without control characters.`,
      },
    },
    options,
  );
}

/** One line of 1..max characters (after trimming) without control or bidi-override characters. */
export function isLineOfText(value: unknown, max: number): boolean {
  if (typeof value !== 'string' || CONTROL_SINGLE_LINE.test(value) || BIDI.test(value)) return false;
  const length = [...value.trim()].length;
  return length >= 1 && length <= max;
}

/** An absolute http(s) URL of at most 500 characters (no javascript:, data:, file: ...). */
export function IsHttpUrl(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isHttpUrl',
      validator: {
        validate: (value: unknown) => isHttpUrl(value),
        defaultMessage: (args) => `"${args?.property}" must be an http or https URL of at most 500 characters.`,
      },
    },
    options,
  );
}

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 500 || CONTROL_SINGLE_LINE.test(value) || /\s/.test(value)) {
    return false;
  }
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An ISO calendar date YYYY-MM-DD that exists (2021-02-30 does not), between 1900 and 2100. */
export function IsIsoDate(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const d = new Date(`${value}T00:00:00Z`);
          const year = d.getUTCFullYear();
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && year >= 1900 && year <= 2100;
        },
        defaultMessage: (args) => `"${args?.property}" must be a date like 2021-06-30, in the years 1900 to 2100.`,
      },
    },
    options,
  );
}

/** A LocalizedText input that holds at least one non-empty language. */
export function HasSomeLanguage(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'hasSomeLanguage',
      validator: {
        validate: (value: unknown) => {
          const v = value as Record<string, unknown> | null | undefined;
          return !!v && ['fi', 'sv', 'en'].some((l) => typeof v[l] === 'string' && (v[l] as string).trim() !== '');
        },
        defaultMessage: (args) => `"${args?.property}" must be given in at least one of fi, sv and en.`,
      },
    },
    options,
  );
}

/** Every distinct item of a list; at most `max` of them. */
export function ListOf(max: number, check: (item: unknown) => boolean, what: string, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'listOf',
      validator: {
        validate: (value: unknown) => Array.isArray(value) && value.length <= max && value.every(check),
        defaultMessage: (args) => `"${args?.property}" must be a list of at most ${max} ${what}.`,
      },
    },
    options,
  );
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(`"${e.property}"`, `"${field}"`),
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Runs the class-validator rules of an input object (a type-graphql input class instance).
 * Throws BAD_USER_INPUT naming the argument and every invalid field; unknown properties and
 * nested inputs are checked too.
 */
export async function validateInput<T extends object>(argumentName: string, input: T): Promise<T> {
  const errors = await validate(input, { forbidUnknownValues: false, validationError: { target: false } });
  if (errors.length === 0) return input;
  const fields = flatten(errors);
  throw new BadUserInputError(argumentName, fields.map((f) => f.message).join(' '), fields[0].field, fields);
}

/** Trims text and normalises it to NFC (what is stored); null and undefined pass through. */
export function clean<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? value.trim().normalize('NFC') : value) as T;
}
