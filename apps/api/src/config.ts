import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseTimeouts } from '@maillage/shared/event-store';

export type RunMode = 'demo' | 'production';

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
  /** Connection and statement bounds toward PostgreSQL (see docs/deployment.md). */
  readonly databaseTimeouts: DatabaseTimeouts;
}

export class ConfigurationError extends Error {}

const WEAK_SECRETS = ['secret', 'changeme', 'change-me', 'jwt-secret', 'maillage', 'password'];

/**
 * Reads the environment. Production (NODE_ENV=production) refuses unsafe
 * settings instead of starting with them: no external database, a short or
 * well-known JWT secret, or demo data.
 */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const mode: RunMode = env['NODE_ENV'] === 'production' ? 'production' : 'demo';
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl) {
    throw new ConfigurationError('DATABASE_URL is required (npm start sets it to the embedded PostgreSQL).');
  }
  const jwtSecret = env['MAILLAGE_JWT_SECRET'] ?? (mode === 'demo' ? randomBytes(48).toString('base64url') : '');
  if (mode === 'production') {
    if (jwtSecret.length < 32 || WEAK_SECRETS.some((weak) => jwtSecret.toLowerCase().includes(weak)) || new Set(jwtSecret).size < 10) {
      throw new ConfigurationError('MAILLAGE_JWT_SECRET must be a random secret of at least 32 characters in production (e.g. `openssl rand -base64 48`).');
    }
    if (env['MAILLAGE_SEED_DEMO'] === 'true') {
      throw new ConfigurationError('MAILLAGE_SEED_DEMO is not allowed in production: demo accounts share a published password.');
    }
  }
  const auditKey = loadAuditKey(env, mode);
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`PORT is not a valid port: ${env['PORT']}`);
  return {
    mode,
    port,
    databaseUrl,
    eventStoreUrl: env['EVENTSTORE_URL'] || null,
    jwtSecret,
    logLevel: env['LOG_LEVEL'] ?? (mode === 'production' ? 'info' : 'info'),
    webRoot: env['MAILLAGE_WEB_ROOT'] ?? null,
    readModelWaitMs: Number(env['MAILLAGE_READ_MODEL_WAIT_MS'] ?? 3000),
    seedDemoData: mode === 'demo' && env['MAILLAGE_SEED_DEMO'] !== 'false',
    auditKey,
    auditCheckpointFile: env['MAILLAGE_AUDIT_CHECKPOINT_FILE'] ?? (mode === 'demo' ? '.data/audit-checkpoints.jsonl' : null),
    auditRetentionMonths: Number(env['MAILLAGE_AUDIT_RETENTION_MONTHS'] ?? 12),
    databaseTimeouts: loadDatabaseTimeouts(env),
  };
}

/**
 * Production takes the key from MAILLAGE_AUDIT_KEY (≥ 32 random bytes, base64)
 * and refuses to start without it. Demo mode keeps a generated key in a file
 * outside the database (.data/audit.key) so the chain still verifies after a restart.
 */
function loadAuditKey(env: NodeJS.ProcessEnv, mode: RunMode): Buffer {
  const fromEnv = env['MAILLAGE_AUDIT_KEY'];
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length < 32) throw new ConfigurationError('MAILLAGE_AUDIT_KEY must hold at least 32 random bytes, base64-encoded (e.g. `openssl rand -base64 32`).');
    return key;
  }
  if (mode === 'production') {
    throw new ConfigurationError('MAILLAGE_AUDIT_KEY is required in production: it seals the audit trail of reads and must not live in the database.');
  }
  const file = env['MAILLAGE_AUDIT_KEY_FILE'] ?? '.data/audit.key';
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/** Timeouts toward PostgreSQL, in milliseconds; see docs/deployment.md. */
function loadDatabaseTimeouts(env: NodeJS.ProcessEnv): DatabaseTimeouts {
  const ms = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 100) throw new ConfigurationError(`${name} must be a whole number of milliseconds, at least 100: ${raw}`);
    return value;
  };
  return {
    connectTimeoutMs: ms('MAILLAGE_DB_CONNECT_TIMEOUT_MS', 5_000),
    statementTimeoutMs: ms('MAILLAGE_DB_STATEMENT_TIMEOUT_MS', 10_000),
    idleInTransactionTimeoutMs: ms('MAILLAGE_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000),
  };
}
