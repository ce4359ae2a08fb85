import { isPrivateAddress } from '../../http/private-address.js';

/*
 * Where webhooks may point (SSRF protection): https only, never to loopback, private,
 * link-local or other special addresses, unless private targets are allowed (tests, local
 * development: WEBHOOK_ALLOW_PRIVATE_TARGETS), in which case http://127.0.0.1 and localhost
 * are accepted too. The address is checked again when a delivery connects (DNS may change).
 */

export const MAX_URL_LENGTH = 2000;

const LOCAL_NAMES = /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i;

/** Why a webhook URL is not acceptable, or null when it is. */
export function webhookUrlProblem(value: unknown, allowPrivate: boolean): string | null {
  if (typeof value !== 'string' || value.length === 0) return 'must be an https URL.';
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters.`;
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'must not contain spaces or control characters.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute https URL.';
  }
  if (url.username || url.password) return 'must not contain credentials.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const local = host === '127.0.0.1' || host === '::1' || host.toLowerCase() === 'localhost';
  if (url.protocol === 'http:') {
    if (!(allowPrivate && local)) return 'must use https (http only to 127.0.0.1 or localhost when allowed).';
  } else if (url.protocol !== 'https:') {
    return 'must use https.';
  }
  if (!allowPrivate && (isPrivateAddress(host) || LOCAL_NAMES.test(host))) {
    return 'must not point to a private, loopback or link-local address.';
  }
  return null;
}

let allowPrivateTargets = false;

/** Set once at start-up from WEBHOOK_ALLOW_PRIVATE_TARGETS (the dispatcher does it); off by default. */
export function configureWebhookTargets(opts: { allowPrivate: boolean }): void {
  allowPrivateTargets = opts.allowPrivate;
}

/** Whether private and loopback targets are accepted (tests and local development only). */
export function privateTargetsAllowed(): boolean {
  return allowPrivateTargets;
}
