import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname } from 'node:path';
import type { DatabaseTimeouts } from '@maillage/shared/event-store';
import { z } from 'zod';
import { ConfigurationError } from './config-error';
import { resolveFileVariables, withDatabasePassword } from './config-files';

export { ConfigurationError } from './config-error';

export type RunMode = 'demo' | 'production';

/** Express's `trust proxy`: false (the socket's address), a hop count, or the proxies' addresses. */
export type TrustProxy = false | number | readonly string[];

export interface AppConfig {
  readonly mode: RunMode;
  readonly port: number;
  readonly databaseUrl: string;
  /** Set to use EventStoreDB for the log instead of PostgreSQL. */
  readonly eventStoreUrl: string | null;
  readonly jwtSecret: string;
  readonly logLevel: string;
  /** Where the built Angular app is served from. */
  readonly webRoot: string | null;
  /** How long a command response waits for the read models (ms). */
  readonly readModelWaitMs: number;
  readonly seedDemoData: boolean;
  /** HMAC key of the read-audit chain, never stored in the database. */
  readonly auditKey: Buffer;
  /** Where audit chain heads are exported (JSON lines), for `npm run audit:verify`. */
  readonly auditCheckpointFile: string | null;
  readonly auditRetentionMonths: number;
  /** Which hops may tell the client's address in X-Forwarded-For (login throttling by address relies on it). */
  readonly trustProxy: TrustProxy;
  /** Connection and statement bounds toward PostgreSQL (see docs/deployment.md). */
  readonly databaseTimeouts: DatabaseTimeouts;
  /** Positions a projection may lag behind the log while /api/health/ready still says ready. */
  readonly readyMaxLag: number;
  /** Connections in the instance's one pool (projection lock connections come on top: docs/deployment.md). */
  readonly databasePoolSize: number;
}


const WEAK_SECRETS = ['secret', 'changeme', 'change-me', 'jwt-secret', 'maillage', 'password'];

/** The CNIL's floor for keeping access logs: below it, who looked at whom can no longer be answered. */
export const MIN_AUDIT_RETENTION_MONTHS = 6;

// A variable set to an empty string is a mistake (a `PORT=` left in a unit file), never a
// request for the default: it is refused. Unset variables take their default.
const text = z.string().trim().min(1, 'is set but empty: unset it to use the default, or give a value');

const wholeNumber = (min: number, max: number, unit = '') =>
  text
    .regex(/^[+-]?\d+$/, `must be a whole number from ${min} to ${max}${unit}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}${unit}`).max(max, `must be at most ${max}${unit}`));

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  text.refine((value): value is T[number] => values.includes(value), `must be one of ${values.join(', ')}`);

// Only the scheme is checked: an EventStoreDB cluster string (`esdb://n1:2113,n2:2113`) is not a
// WHATWG URL, and the drivers give the precise message on the rest.
const urlWith = (schemes: readonly string[]) =>
  text.refine(
    (value) => schemes.some((scheme) => value.toLowerCase().startsWith(`${scheme}//`) && value.length > scheme.length + 2),
    `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`,
  );

const PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(item: string): boolean {
  if (PROXY_PRESETS.includes(item)) return true;
  const [address, prefix, extra] = item.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const trustProxy = text.transform((value, context): TrustProxy => {
  if (value === 'false') return false;
  if (value === 'true') {
    context.addIssue({
      code: 'custom',
      message: 'must not be true: any client could then choose its address with X-Forwarded-For; give the number of proxies in front of the app or their addresses',
    });
    return z.NEVER;
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= 10) return hops;
    context.addIssue({ code: 'custom', message: 'as a number of proxies, must be from 1 to 10 (use false for none)' });
    return z.NEVER;
  }
  const items = value.split(',').map((item) => item.trim());
  const wrong = items.filter((item) => !isProxyAddress(item));
  if (wrong.length > 0) {
    context.addIssue({
      code: 'custom',
      message: `must be false, a number of proxies, or a comma-separated list of proxy addresses (IP, IP/prefix, loopback, linklocal, uniquelocal); not understood: ${wrong.join(', ')}`,
    });
    return z.NEVER;
  }
  return items;
});

const ENVIRONMENT = z
  .object({
    NODE_ENV: z.string().optional(),
    DATABASE_URL: z.string({ error: 'is required (npm start sets it to the embedded PostgreSQL)' }).pipe(urlWith(['postgres:', 'postgresql:'])),
    MAILLAGE_DATABASE_PASSWORD: text.optional(),
    EVENTSTORE_URL: urlWith(['esdb:', 'esdb+discover:']).optional(),
    MAILLAGE_JWT_SECRET: text.optional(),
    LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const).optional(),
    MAILLAGE_WEB_ROOT: text.optional(),
    // Beyond 30 s a command's answer would hold the HTTP request longer than proxies wait.
    MAILLAGE_READ_MODEL_WAIT_MS: wholeNumber(0, 30_000, ' ms').optional(),
    MAILLAGE_SEED_DEMO: oneOf(['true', 'false'] as const).optional(),
    MAILLAGE_AUDIT_KEY: text.optional(),
    MAILLAGE_AUDIT_KEY_FILE: text.optional(),
    MAILLAGE_AUDIT_CHECKPOINT_FILE: text.optional(),
    MAILLAGE_AUDIT_RETENTION_MONTHS: wholeNumber(MIN_AUDIT_RETENTION_MONTHS, 120, ' months').optional(),
    // 0 would make the system pick a random port.
    PORT: wholeNumber(1, 65_535).optional(),
    MAILLAGE_TRUST_PROXY: trustProxy.optional(),
    // Timeouts toward PostgreSQL (docs/deployment.md): under 100 ms a busy but healthy server would look away.
    MAILLAGE_DB_CONNECT_TIMEOUT_MS: wholeNumber(100, 3_600_000, ' ms').optional(),
    MAILLAGE_DB_STATEMENT_TIMEOUT_MS: wholeNumber(100, 3_600_000, ' ms').optional(),
    MAILLAGE_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: wholeNumber(100, 3_600_000, ' ms').optional(),
    MAILLAGE_READY_MAX_LAG: wholeNumber(0, 100_000_000, ' positions').optional(),
    // Requests, projection batches and the read-your-writes waiter share it: under 2 one long query starves the rest.
    MAILLAGE_DB_POOL_SIZE: wholeNumber(2, 1_000, ' connections').optional(),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV !== 'production') return;
    const secret = env.MAILLAGE_JWT_SECRET ?? '';
    if (secret.length < 32 || WEAK_SECRETS.some((weak) => secret.toLowerCase().includes(weak)) || new Set(secret).size < 10) {
      context.addIssue({
        code: 'custom',
        path: ['MAILLAGE_JWT_SECRET'],
        message: 'must be a random secret of at least 32 characters in production (e.g. `openssl rand -base64 48`)',
      });
    }
    if (env.MAILLAGE_SEED_DEMO === 'true') {
      context.addIssue({ code: 'custom', path: ['MAILLAGE_SEED_DEMO'], message: 'is not allowed in production: demo accounts share a published password' });
    }
    if (env.MAILLAGE_AUDIT_KEY === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['MAILLAGE_AUDIT_KEY'],
        message: 'is required in production (or MAILLAGE_AUDIT_KEY_FILE): it seals the audit trail of reads and must not live in the database',
      });
    }
  });

/**
 * Reads and checks the environment in one schema, refusing to start on any
 * missing, empty or out-of-range value with a message naming each variable.
 * Production (NODE_ENV=production) also refuses unsafe settings: a short or
 * well-known JWT secret, demo data, no audit key.
 */
export function loadConfig(raw: NodeJS.ProcessEnv): AppConfig {
  const parsed = ENVIRONMENT.safeParse(resolveFileVariables(raw));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}.`);
  }
  const env = parsed.data;
  const mode: RunMode = env.NODE_ENV === 'production' ? 'production' : 'demo';
  return {
    mode,
    port: env.PORT ?? 3000,
    databaseUrl: withDatabasePassword(env.DATABASE_URL, env.MAILLAGE_DATABASE_PASSWORD),
    eventStoreUrl: env.EVENTSTORE_URL ?? null,
    jwtSecret: env.MAILLAGE_JWT_SECRET ?? randomBytes(48).toString('base64url'),
    logLevel: env.LOG_LEVEL ?? 'info',
    webRoot: env.MAILLAGE_WEB_ROOT ?? null,
    readModelWaitMs: env.MAILLAGE_READ_MODEL_WAIT_MS ?? 3000,
    seedDemoData: mode === 'demo' && env.MAILLAGE_SEED_DEMO !== 'false',
    auditKey: loadAuditKey(env.MAILLAGE_AUDIT_KEY, env.MAILLAGE_AUDIT_KEY_FILE),
    auditCheckpointFile: env.MAILLAGE_AUDIT_CHECKPOINT_FILE ?? (mode === 'demo' ? '.data/audit-checkpoints.jsonl' : null),
    auditRetentionMonths: env.MAILLAGE_AUDIT_RETENTION_MONTHS ?? 12,
    trustProxy: env.MAILLAGE_TRUST_PROXY ?? false,
    databaseTimeouts: {
      connectTimeoutMs: env.MAILLAGE_DB_CONNECT_TIMEOUT_MS ?? 5_000,
      statementTimeoutMs: env.MAILLAGE_DB_STATEMENT_TIMEOUT_MS ?? 10_000,
      idleInTransactionTimeoutMs: env.MAILLAGE_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? 60_000,
    },
    // About a minute of a busy morning's events: beyond it the read models are visibly stale
    // (after a restore, empty), and the instance should not take traffic yet.
    readyMaxLag: env.MAILLAGE_READY_MAX_LAG ?? 1_000,
    databasePoolSize: env.MAILLAGE_DB_POOL_SIZE ?? 20,
  };
}

/**
 * Production takes the key from MAILLAGE_AUDIT_KEY (≥ 32 random bytes, base64;
 * the schema refuses to start without it). Demo mode keeps a generated key in a
 * file outside the database (.data/audit.key) so the chain still verifies after a restart.
 */
function loadAuditKey(fromEnv: string | undefined, file = '.data/audit.key'): Buffer {
  if (fromEnv !== undefined) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length < 32) throw new ConfigurationError('MAILLAGE_AUDIT_KEY must hold at least 32 random bytes, base64-encoded (e.g. `openssl rand -base64 32`).');
    return key;
  }
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
