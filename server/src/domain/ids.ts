import { createHash } from 'node:crypto';

/** Namespace of Kuntagraph's name-based ids (a random v4 uuid fixed forever). */
const NAMESPACE = 'b3f1c1a2-5d7e-4c8f-9a6b-2e4d1f0c7a93';

/**
 * A deterministic RFC 4122 version-5 uuid for a natural key such as `municipality:091` or
 * `project:kaatio`, so a reseed or another installation yields the same ids (and global ids).
 */
export function stableId(key: string): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(key, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** URL- and key-friendly slug: lower case, ASCII, hyphens; å/ä/ö folded to a/a/o. */
export function slugify(text: string, maxLength = 80): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= maxLength) return s;
  const cut = s.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}
