import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: N=2^15, r=8, p=1 (about 32 MiB and tens of milliseconds per hash). */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const maxmem = (n: number, r: number) => 256 * n * r;

/** Hashes a password as the self-describing `scrypt$N$r$p$salt$hash` (base64url salt and hash). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: maxmem(N, R) });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A valid hash of a random password: verified against when the email is unknown, so timing tells nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

/**
 * The password hash of an account without a password (created by single sign-on). It is not
 * a `scrypt$...` hash, so no password can ever verify against it.
 */
export const NO_PASSWORD = '!no-password';

/** Whether a stored hash is a real password hash (not NO_PASSWORD). */
export function hasPassword(stored: string): boolean {
  return stored !== NO_PASSWORD && stored.startsWith('scrypt$');
}

/** Checks a password against a stored hash in constant time; false for malformed hashes and NO_PASSWORD. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (!hasPassword(stored)) return false;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  if (![n, r, p].every((x) => Number.isInteger(x) && x > 0) || n > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (expected.length < 16) return false;
  const key = await scryptAsync(password, salt, expected.length, { N: n, r, p, maxmem: maxmem(n, r) });
  return timingSafeEqual(key, expected);
}

/** Hex sha256 (session ids and API key hashes). */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** A new session token for the cookie (32 random bytes) and the id stored for it (its sha256). */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sha256(token) };
}

const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomAlphanumeric(length: number): string {
  // 248 = 4 * 62: rejecting bytes >= 248 keeps every character equally likely.
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < 248 && out.length < length) out += ALPHANUM[b % 62];
    }
  }
  return out;
}

export const API_KEY_PATTERN = /^kg_[A-Za-z0-9]{8}_[A-Za-z0-9]{40}$/;

/** A new API key `kg_XXXXXXXX_<40 chars>`: its listed prefix (`kg_` + 8) and the sha256 of the whole key. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = `kg_${randomAlphanumeric(8)}`;
  const key = `${prefix}_${randomAlphanumeric(40)}`;
  return { key, prefix, hash: sha256(key) };
}
