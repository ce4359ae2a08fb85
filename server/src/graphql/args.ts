import { Arg } from 'type-graphql';
import { Lang } from '../domain/enums.js';
import { BadUserInputError, NotFoundError } from './errors.js';

/** The `lang` argument of localized fields; falls back to the request's language. */
export function LangArg() {
  return Arg('lang', () => Lang, {
    nullable: true,
    description:
      'Wanted language; the text falls back lang -> fi -> sv -> en. Defaults to the Accept-Language of the request, else fi.',
  });
}

/** Returns the value or throws NOT_FOUND naming the argument. */
export function orNotFound<T>(value: T | null | undefined, argumentName: string, what: string): T {
  if (value == null) throw new NotFoundError(argumentName, `No ${what} found for "${argumentName}".`);
  return value;
}

/** Exactly one of the given arguments must be set. */
export function exactlyOne(args: Record<string, unknown>): string {
  const set = Object.entries(args).filter(([, v]) => v != null);
  if (set.length !== 1) {
    const names = Object.keys(args).join('" or "');
    throw new BadUserInputError(Object.keys(args)[0], `Give exactly one of "${names}".`);
  }
  return set[0][0];
}

/** Checks a string argument's shape (codes, slugs) before it reaches SQL. */
export function checkPattern(value: string, pattern: RegExp, argumentName: string, expected: string): string {
  if (!pattern.test(value)) throw new BadUserInputError(argumentName, `"${argumentName}" must be ${expected}.`);
  return value;
}

export const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** Loads a node by its slug argument: a malformed slug is BAD_USER_INPUT, an unknown one NOT_FOUND. */
export async function loadBySlug<T>(
  loader: { load(key: string): Promise<T | null> },
  slug: string,
  what: string,
  argumentName = 'slug',
): Promise<T> {
  checkPattern(slug, SLUG, argumentName, 'a slug of lower-case letters, digits and hyphens');
  return orNotFound(await loader.load(slug), argumentName, what);
}
