import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { QueryLimits } from './graphql/limits/query-guard.js';
import type { RateLimitSettings } from './http/rate-limit/create-store.js';
import type { JitSettings } from './graphql/jit-executor.js';

/** The repository root (two levels above server/src or server/dist). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  QUERY_MAX_DEPTH: z.coerce.number().int().min(1).default(15),
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  QUERY_MAX_COST: z.coerce.number().int().min(1).default(25_000),
  RATE_LIMIT_ENABLED: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  RATE_LIMIT_POINTS: z.coerce.number().int().min(1).default(5000),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(5000),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REDIS_KEY_PREFIX: z.string().default('kg:rl:'),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(32),
  GRAPHQL_JIT: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  GRAPHQL_JIT_COMPILE_AFTER: z.coerce.number().int().min(0).max(1000).default(1),
  SEED_ON_EMPTY: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().min(0.01).max(365).default(14),
  COOKIE_SECURE: z.enum(['true', 'false', '1', '0', 'auto']).default('auto'),
  ADMIN_EMAIL: z
    .string()
    .max(254)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ADMIN_PASSWORD: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CLIENT_DIST: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'client', 'dist')),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).default(104_857_600),
  FILE_STORAGE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_BUCKET: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_SECRET_ACCESS_KEY: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  OIDC_ISSUER: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OIDC_CLIENT_ID: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OIDC_CLIENT_SECRET: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OIDC_REDIRECT_URI: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  OIDC_LABEL: z.string().min(1).max(100).default('Single sign-on'),
  OIDC_ALLOWED_EMAIL_DOMAINS: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_FROM: z.string().min(3).max(300).default('Kuntagraph <noreply@kuntagraph.invalid>'),
  NOTIFY_POLL_MS: z.coerce.number().int().min(0).default(5000),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(60_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  SECRETS_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_+/=-]{43,44}$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** External PostgreSQL; when undefined an embedded PGlite is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  dbPoolMax: number;
  statementTimeoutMs: number;
  /** A /graphql request without a response after this long gets 503 UNAVAILABLE (REQUEST_TIMEOUT_MS, default 10 s). */
  requestTimeoutMs: number;
  /** Depth, alias, directive and cost (estimated nodes) limits of an operation (QUERY_MAX_*). */
  queryLimits: QueryLimits;
  /** Per-principal leaky bucket in points (cost / 100); `enabled: false` turns it off (RATE_LIMIT_*, REDIS_*). */
  rateLimit: RateLimitSettings & { enabled: boolean };
  /** Memory for cached anonymous query responses, in bytes (RESPONSE_CACHE_MB, default 32; 0 = off). */
  responseCacheBytes: number;
  /** Compiled execution (graphql-jit) after `compileAfter` interpreted runs of an operation (GRAPHQL_JIT*). */
  graphqlJit: JitSettings;
  seedOnEmpty: boolean;
  logLevel: string;
  clientDist: string;
  /** Sliding lifetime of a session, in seconds (SESSION_TTL_DAYS, default 14 days). */
  sessionTtlSeconds: number;
  /** `Secure` on the session cookie: COOKIE_SECURE, `auto` = only when NODE_ENV=production. */
  cookieSecure: boolean;
  /** Bootstrap administrator created or updated at start-up when both are set. */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Largest accepted upload in bytes (UPLOAD_MAX_BYTES, default 100 MiB; exactly this much is accepted). */
  uploadMaxBytes: number;
  /** Where file bytes go: a local directory under dataDir/files, or S3-compatible object storage. */
  fileStorage: 'local' | 's3';
  /** S3 settings (FILE_STORAGE=s3); credentials fall back to the AWS SDK's default chain when unset. */
  s3: S3Config | undefined;
  /** Single sign-on with an OpenID Connect provider (OIDC_*); undefined (off) unless OIDC_ISSUER and OIDC_CLIENT_ID are set. */
  oidc: OidcConfig | undefined;
  /** Notifications, e-mail digests and webhook deliveries (SMTP_*, NOTIFY_*, WEBHOOK_*). */
  notify: NotifyConfig;
  /**
   * Key that encrypts webhook secrets at rest (SECRETS_KEY, base64 of 32 bytes); when unset, a key
   * made on first start in dataDir/secrets.key. Instances sharing a database must share it.
   */
  secretsKey: string | undefined;
}

export interface NotifyConfig {
  /** How often the dispatcher looks for new changes, due deliveries and digests (NOTIFY_POLL_MS, default 5 s; 0 = never). */
  pollMs: number;
  /** SMTP server for e-mail digests (SMTP_URL, e.g. smtp://mail:587); no digests are sent when unset. */
  smtpUrl: string | undefined;
  /** From header of the digests (SMTP_FROM). */
  smtpFrom: string;
  /** Allow webhooks to http://127.0.0.1 / localhost and other private addresses (WEBHOOK_ALLOW_PRIVATE_TARGETS, tests only). */
  allowPrivateTargets: boolean;
  /** Attempts per delivery before it is marked FAILED (WEBHOOK_MAX_ATTEMPTS, default 8). */
  maxAttempts: number;
  /** Delay before the first retry; each later one waits 5 times longer, at most a day (WEBHOOK_RETRY_BASE_MS, default 1 min). */
  retryBaseMs: number;
  /** Per-attempt timeout (WEBHOOK_TIMEOUT_MS, default 5 s). */
  timeoutMs: number;
}

export interface OidcConfig {
  /** The provider's issuer identifier, e.g. `https://login.microsoftonline.com/<tenant>/v2.0`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This server's callback as registered at the provider: `<public origin>/auth/oidc/callback`. */
  redirectUri: string;
  /** Space-separated; always includes `openid`. */
  scopes: string;
  /** Text of the sign-in button. */
  label: string;
  /** Lower-cased email domains allowed to sign in; empty = any. */
  allowedEmailDomains: string[];
}

export interface S3Config {
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
}

/**
 * Parses the environment once. This is the only module that reads process.env; everything
 * else receives a Config (tests build their own).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.RATE_LIMIT_BURST < Math.ceil(e.QUERY_MAX_COST / 100)) {
    throw new Error(
      'Invalid configuration:\n  RATE_LIMIT_BURST must hold the costliest query: at least QUERY_MAX_COST / 100',
    );
  }
  if ((e.ADMIN_EMAIL === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new Error('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (e.FILE_STORAGE === 's3' && !e.S3_BUCKET) {
    throw new Error('Invalid configuration:\n  S3_BUCKET is required when FILE_STORAGE=s3');
  }
  if ((e.S3_ACCESS_KEY_ID === undefined) !== (e.S3_SECRET_ACCESS_KEY === undefined)) {
    throw new Error('Invalid configuration:\n  S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    dbPoolMax: e.DB_POOL_MAX,
    statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    queryLimits: {
      maxDepth: e.QUERY_MAX_DEPTH,
      maxAliases: e.QUERY_MAX_ALIASES,
      maxDirectives: e.QUERY_MAX_DIRECTIVES,
      maxCost: e.QUERY_MAX_COST,
    },
    responseCacheBytes: Math.round(e.RESPONSE_CACHE_MB * 1024 * 1024),
    graphqlJit: { enabled: e.GRAPHQL_JIT, compileAfter: e.GRAPHQL_JIT_COMPILE_AFTER },
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      points: e.RATE_LIMIT_POINTS,
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      burst: e.RATE_LIMIT_BURST,
      redisUrl: e.REDIS_URL,
      redisKeyPrefix: e.REDIS_KEY_PREFIX,
    },
    seedOnEmpty: e.SEED_ON_EMPTY,
    logLevel: e.LOG_LEVEL,
    clientDist: path.resolve(e.CLIENT_DIST),
    sessionTtlSeconds: Math.round(e.SESSION_TTL_DAYS * 24 * 3600),
    cookieSecure:
      e.COOKIE_SECURE === 'auto' ? e.NODE_ENV === 'production' : e.COOKIE_SECURE === 'true' || e.COOKIE_SECURE === '1',
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    fileStorage: e.FILE_STORAGE,
    s3:
      e.FILE_STORAGE === 's3'
        ? {
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : undefined,
    oidc: oidcConfig(e),
    secretsKey: e.SECRETS_KEY?.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    notify: {
      pollMs: e.NOTIFY_POLL_MS,
      smtpUrl: e.SMTP_URL,
      smtpFrom: e.SMTP_FROM,
      allowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The OIDC_* settings: all of issuer, client id, secret and redirect URI, or none of them. */
function oidcConfig(e: z.infer<typeof schema>): OidcConfig | undefined {
  const given = {
    OIDC_ISSUER: e.OIDC_ISSUER,
    OIDC_CLIENT_ID: e.OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET: e.OIDC_CLIENT_SECRET,
    OIDC_REDIRECT_URI: e.OIDC_REDIRECT_URI,
  };
  const missing = Object.entries(given).filter(([, v]) => v === undefined);
  if (missing.length === 4) return undefined;
  const fail = (message: string) => new Error(`Invalid configuration:\n  ${message}`);
  if (missing.length > 0) {
    throw fail(
      `single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI together; missing ${missing.map(([k]) => k).join(', ')}`,
    );
  }
  for (const key of ['OIDC_ISSUER', 'OIDC_REDIRECT_URI'] as const) {
    const url = new URL(given[key]!);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
      throw fail(`${key} must be an https:// URL (http:// only on a loopback address)`);
    }
  }
  const scopes = e.OIDC_SCOPES.split(/\s+/).filter(Boolean);
  if (!scopes.includes('openid')) throw fail('OIDC_SCOPES must include openid');
  const domains = (e.OIDC_ALLOWED_EMAIL_DOMAINS ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  const badDomain = domains.find(
    (d) => !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(d),
  );
  if (badDomain) throw fail(`OIDC_ALLOWED_EMAIL_DOMAINS: "${badDomain}" is not a domain name`);
  return {
    issuer: e.OIDC_ISSUER!,
    clientId: e.OIDC_CLIENT_ID!,
    clientSecret: e.OIDC_CLIENT_SECRET!,
    redirectUri: e.OIDC_REDIRECT_URI!,
    scopes: scopes.join(' '),
    label: e.OIDC_LABEL.trim(),
    allowedEmailDomains: domains,
  };
}
