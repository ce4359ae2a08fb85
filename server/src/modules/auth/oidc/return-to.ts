/** Where the browser starts a single sign-on. */
export const OIDC_LOGIN_PATH = '/auth/oidc/login';
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

const BASE = new URL('http://kuntagraph.invalid');
// C0 and C1 control characters, DEL and backslashes (browsers read `\` as `/`).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * Where to go after signing in: a same-origin relative path (`/fi/projects?x=1#y`), else `/`.
 * Absolute and protocol-relative URLs (`https://evil.example`, `//evil.example`) are refused.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || UNSAFE.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE.origin) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The web app's sign-in page in the language of `returnTo` (fi by default), with an error code. */
export function signInErrorPath(code: string, returnTo = '/'): string {
  const lang = /^\/(fi|sv|en)(?:[/?#]|$)/.exec(returnTo)?.[1] ?? 'fi';
  return `/${lang}/sign-in?error=${encodeURIComponent(code)}`;
}
