import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Webhook signing secrets at rest: AES-256-GCM with a server key, so a copy of the database
 * alone does not let anyone forge deliveries. Stored form `v1:<base64url iv|tag|ciphertext>`;
 * a value without the prefix is a secret stored before encryption and is used as it is.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the secrets key must be 32 bytes');
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  open(stored: string): string {
    if (!stored.startsWith('v1:')) return stored;
    const raw = Buffer.from(stored.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** The key from SECRETS_KEY (base64/base64url of 32 bytes), else from `<dataDir>/secrets.key`, made on first use. */
export function loadSecretsKey(opts: { secretsKey?: string; dataDir: string }): Buffer {
  if (opts.secretsKey) return Buffer.from(opts.secretsKey, 'base64url');
  const file = path.join(opts.dataDir, 'secrets.key');
  if (!existsSync(file)) {
    mkdirSync(opts.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
}

// One box per process, set from the configuration at start (main.ts / createApp). Tests that
// build no app share a key made for the process.
let box: SecretBox | undefined;

export function configureSecretBox(key: Buffer): void {
  box = new SecretBox(key);
}

export function secretBox(): SecretBox {
  return (box ??= new SecretBox(randomBytes(32)));
}
