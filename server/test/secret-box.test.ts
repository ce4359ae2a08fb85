import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretsKey, SecretBox } from '../src/modules/webhook/secret-box.js';

describe('webhook secrets at rest', () => {
  const box = new SecretBox(randomBytes(32));

  it('seal and open round-trip, with a fresh IV each time', () => {
    const a = box.seal('whsec_abc');
    const b = box.seal('whsec_abc');
    expect(a).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(box.open(a)).toBe('whsec_abc');
  });

  it('refuses a tampered value or another key, and passes a secret stored before encryption through', () => {
    const sealed = box.seal('whsec_abc');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(() => box.open(`v1:${raw.toString('base64url')}`)).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
    expect(box.open('whsec_plain')).toBe('whsec_plain');
    expect(() => new SecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });

  it('takes SECRETS_KEY, else makes a private key file once and keeps it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-secrets-'));
    try {
      const given = randomBytes(32);
      expect(loadSecretsKey({ secretsKey: given.toString('base64url'), dataDir: dir })).toEqual(given);
      const made = loadSecretsKey({ dataDir: dir });
      expect(made).toHaveLength(32);
      expect(statSync(path.join(dir, 'secrets.key')).mode & 0o777).toBe(0o600);
      expect(loadSecretsKey({ dataDir: dir })).toEqual(made);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
