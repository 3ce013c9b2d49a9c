import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfig } from './config';

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'maillage-config-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const AUDIT_KEY = Buffer.alloc(32, 7).toString('base64');
const STRONG_SECRET = 'kQ3v9ZpX2mL7tR8wY1uN4bC6dF0gH5jS';

/** The smallest demo environment that starts: the database, and an audit key file in a temporary folder (unless the key is given). */
const demo = (extra: Record<string, string | undefined> = {}) => ({
  DATABASE_URL: 'postgres://maillage@localhost:5432/maillage',
  ...('MAILLAGE_AUDIT_KEY' in extra ? {} : { MAILLAGE_AUDIT_KEY_FILE: join(folder, 'audit.key') }),
  ...extra,
});
const production = (extra: Record<string, string | undefined> = {}) => ({
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://maillage@db:5432/maillage',
  MAILLAGE_JWT_SECRET: STRONG_SECRET,
  MAILLAGE_AUDIT_KEY: AUDIT_KEY,
  ...extra,
});

/** The message of the refusal, or a failure if the configuration was accepted. */
function refusal(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(env)}`);
}

describe('configuration at start-up', () => {
  it('keeps the demo defaults when only the database is given', () => {
    const config = loadConfig(demo());
    expect(config).toMatchObject({
      mode: 'demo',
      port: 3000,
      eventStoreUrl: null,
      logLevel: 'info',
      webRoot: null,
      readModelWaitMs: 3000,
      seedDemoData: true,
      auditCheckpointFile: '.data/audit-checkpoints.jsonl',
      auditRetentionMonths: 12,
      trustProxy: false,
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(48);
    // The generated demo key is kept beside, so the chain verifies after a restart.
    expect(config.auditKey.equals(Buffer.from(readFileSync(join(folder, 'audit.key'), 'utf8'), 'base64'))).toBe(true);
    expect(loadConfig(demo()).auditKey.equals(config.auditKey)).toBe(true);
  });

  it('reads every variable when given', () => {
    const config = loadConfig(
      demo({
        PORT: '8080',
        EVENTSTORE_URL: 'esdb://user:password@node1:2113,node2:2113,node3:2113?tls=true',
        MAILLAGE_JWT_SECRET: STRONG_SECRET,
        LOG_LEVEL: 'warn',
        MAILLAGE_WEB_ROOT: '/srv/web',
        MAILLAGE_READ_MODEL_WAIT_MS: '500',
        MAILLAGE_SEED_DEMO: 'false',
        MAILLAGE_AUDIT_KEY: AUDIT_KEY,
        MAILLAGE_AUDIT_CHECKPOINT_FILE: '/var/lib/maillage/checkpoints.jsonl',
        MAILLAGE_AUDIT_RETENTION_MONTHS: '24',
        MAILLAGE_TRUST_PROXY: '1',
      }),
    );
    expect(config).toMatchObject({
      port: 8080,
      eventStoreUrl: 'esdb://user:password@node1:2113,node2:2113,node3:2113?tls=true',
      jwtSecret: STRONG_SECRET,
      logLevel: 'warn',
      webRoot: '/srv/web',
      readModelWaitMs: 500,
      seedDemoData: false,
      auditCheckpointFile: '/var/lib/maillage/checkpoints.jsonl',
      auditRetentionMonths: 24,
      trustProxy: 1,
    });
    expect(config.auditKey.equals(Buffer.from(AUDIT_KEY, 'base64'))).toBe(true);
  });

  it('names every wrong variable in one message', () => {
    const message = refusal(demo({ PORT: '', MAILLAGE_AUDIT_RETENTION_MONTHS: '0' }));
    expect(message).toContain('PORT is set but empty');
    expect(message).toContain('MAILLAGE_AUDIT_RETENTION_MONTHS must be at least 6 months');
  });

  describe('DATABASE_URL', () => {
    it.each([
      [undefined, 'DATABASE_URL is required'],
      ['', 'DATABASE_URL is set but empty'],
      ['mysql://localhost/maillage', 'DATABASE_URL must be a URL starting with postgres:// or postgresql://'],
      ['pas une url', 'DATABASE_URL must be a URL'],
      ['postgres://', 'DATABASE_URL must be a URL'],
    ])('refuses %p', (value, message) => {
      expect(refusal(demo({ DATABASE_URL: value }))).toContain(message);
    });
    it('accepts postgresql://', () => {
      expect(loadConfig(demo({ DATABASE_URL: 'postgresql://u:p@h:5432/d' })).databaseUrl).toBe('postgresql://u:p@h:5432/d');
    });
  });

  describe('PORT', () => {
    it.each([
      ['', 'is set but empty'],
      ['0', 'must be at least 1'],
      ['-1', 'must be at least 1'],
      ['65536', 'must be at most 65535'],
      ['80.5', 'must be a whole number'],
      ['http', 'must be a whole number'],
    ])('refuses %p', (value, message) => {
      expect(refusal(demo({ PORT: value }))).toContain(`PORT ${message}`);
    });
    it.each([
      ['1', 1],
      ['65535', 65535],
      [' 3001 ', 3001],
    ])('accepts %p', (value, port) => {
      expect(loadConfig(demo({ PORT: value })).port).toBe(port);
    });
  });

  describe('MAILLAGE_AUDIT_RETENTION_MONTHS (CNIL floor of 6 months)', () => {
    it.each([
      ['', 'is set but empty'],
      ['0', 'must be at least 6 months'],
      ['-1', 'must be at least 6 months'],
      ['5', 'must be at least 6 months'],
      ['121', 'must be at most 120 months'],
      ['6.5', 'must be a whole number'],
      ['douze', 'must be a whole number'],
    ])('refuses %p', (value, message) => {
      expect(refusal(demo({ MAILLAGE_AUDIT_RETENTION_MONTHS: value }))).toContain(`MAILLAGE_AUDIT_RETENTION_MONTHS ${message}`);
    });
    it('accepts 6, the floor', () => {
      expect(loadConfig(demo({ MAILLAGE_AUDIT_RETENTION_MONTHS: '6' })).auditRetentionMonths).toBe(6);
    });
  });

  describe('MAILLAGE_READ_MODEL_WAIT_MS', () => {
    it.each([
      ['', 'is set but empty'],
      ['-5', 'must be at least 0 ms'],
      ['30001', 'must be at most 30000 ms'],
      ['3s', 'must be a whole number'],
    ])('refuses %p', (value, message) => {
      expect(refusal(demo({ MAILLAGE_READ_MODEL_WAIT_MS: value }))).toContain(`MAILLAGE_READ_MODEL_WAIT_MS ${message}`);
    });
    it.each([
      ['0', 0],
      ['30000', 30000],
    ])('accepts %p', (value, ms) => {
      expect(loadConfig(demo({ MAILLAGE_READ_MODEL_WAIT_MS: value })).readModelWaitMs).toBe(ms);
    });
  });

  describe('MAILLAGE_TRUST_PROXY', () => {
    it.each([
      ['false', false],
      ['2', 2],
      ['loopback', ['loopback']],
      ['10.0.0.1, 10.0.0.0/8,::1,fd00::/8', ['10.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']],
    ])('accepts %p', (value, expected) => {
      expect(loadConfig(demo({ MAILLAGE_TRUST_PROXY: value })).trustProxy).toEqual(expected);
    });
    it.each([
      ['', 'is set but empty'],
      ['true', 'must not be true'],
      ['0', 'from 1 to 10'],
      ['11', 'from 1 to 10'],
      ['10.0.0.300', 'not understood: 10.0.0.300'],
      ['10.0.0.0/33', 'not understood: 10.0.0.0/33'],
      ['proxy.mairie.fr', 'not understood: proxy.mairie.fr'],
    ])('refuses %p', (value, message) => {
      const refused = refusal(demo({ MAILLAGE_TRUST_PROXY: value }));
      expect(refused).toContain('MAILLAGE_TRUST_PROXY ');
      expect(refused).toContain(message);
    });
  });

  describe('the other variables', () => {
    it.each([
      ['EVENTSTORE_URL', '', 'is set but empty'],
      ['EVENTSTORE_URL', 'http://eventstoredb:2113', 'must be a URL starting with esdb://'],
      ['LOG_LEVEL', '', 'is set but empty'],
      ['LOG_LEVEL', 'verbose', 'must be one of fatal, error, warn, info, debug, trace, silent'],
      ['MAILLAGE_SEED_DEMO', 'yes', 'must be one of true, false'],
      ['MAILLAGE_SEED_DEMO', '', 'is set but empty'],
      ['MAILLAGE_JWT_SECRET', '', 'is set but empty'],
      ['MAILLAGE_WEB_ROOT', ' ', 'is set but empty'],
      ['MAILLAGE_AUDIT_KEY', '', 'is set but empty'],
      ['MAILLAGE_AUDIT_KEY_FILE', '', 'is set but empty'],
      ['MAILLAGE_AUDIT_CHECKPOINT_FILE', '', 'is set but empty'],
    ])('refuses %s=%p', (name, value, message) => {
      expect(refusal(demo({ [name]: value }))).toContain(`${name} ${message}`);
    });
    it('refuses an audit key shorter than 32 bytes', () => {
      expect(refusal(demo({ MAILLAGE_AUDIT_KEY: Buffer.alloc(16).toString('base64') }))).toContain('MAILLAGE_AUDIT_KEY must hold at least 32 random bytes');
    });
  });

  describe('secrets given as files (<NAME>_FILE, as compose secrets)', () => {
    const secret = (name: string, content: string) => {
      const path = join(folder, name);
      writeFileSync(path, content);
      return path;
    };

    it('reads each secret from its file, dropping the trailing newline', () => {
      const config = loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL_FILE: secret('database-url', 'postgres://maillage:from-file@db:5432/maillage\n'),
        EVENTSTORE_URL_FILE: secret('eventstore-url', 'esdb://admin:changeit@esdb:2113?tls=true\n'),
        MAILLAGE_JWT_SECRET_FILE: secret('jwt', `${STRONG_SECRET}\n`),
        MAILLAGE_AUDIT_KEY_FILE: secret('audit', `${AUDIT_KEY}\n`),
      });
      expect(config).toMatchObject({
        mode: 'production',
        databaseUrl: 'postgres://maillage:from-file@db:5432/maillage',
        eventStoreUrl: 'esdb://admin:changeit@esdb:2113?tls=true',
        jwtSecret: STRONG_SECRET,
      });
      expect(config.auditKey.equals(Buffer.from(AUDIT_KEY, 'base64'))).toBe(true);
    });

    it('puts the database password from its own file into DATABASE_URL, escaped', () => {
      const config = loadConfig(production({ MAILLAGE_DATABASE_PASSWORD_FILE: secret('pg-password', 'p@ss/w:rd%\n') }));
      expect(config.databaseUrl).toBe('postgres://maillage:p%40ss%2Fw%3Ard%25@db:5432/maillage');
      expect(new URL(config.databaseUrl).password).toBe(encodeURIComponent('p@ss/w:rd%'));
    });

    it.each([
      [{ MAILLAGE_JWT_SECRET: undefined, MAILLAGE_JWT_SECRET_FILE: '/run/secrets/absent' }, 'MAILLAGE_JWT_SECRET_FILE cannot be read (ENOENT: /run/secrets/absent)'],
      [{ MAILLAGE_AUDIT_KEY: undefined, MAILLAGE_AUDIT_KEY_FILE: '/run/secrets/absent' }, 'MAILLAGE_AUDIT_KEY_FILE cannot be read (ENOENT: /run/secrets/absent)'],
      [{ MAILLAGE_JWT_SECRET: undefined, MAILLAGE_JWT_SECRET_FILE: '/tmp' }, 'MAILLAGE_JWT_SECRET_FILE cannot be read (EISDIR: /tmp)'],
      [{ MAILLAGE_JWT_SECRET: undefined, MAILLAGE_JWT_SECRET_FILE: '' }, 'MAILLAGE_JWT_SECRET_FILE is set but empty'],
      [{ MAILLAGE_JWT_SECRET: undefined, MAILLAGE_JWT_SECRET_FILE: 'EMPTY' }, 'MAILLAGE_JWT_SECRET_FILE names an empty file'],
      [{ MAILLAGE_JWT_SECRET_FILE: 'JWT' }, 'MAILLAGE_JWT_SECRET and MAILLAGE_JWT_SECRET_FILE are both set: keep one'],
      [{ DATABASE_URL: 'postgres://maillage:inline@db/maillage', MAILLAGE_DATABASE_PASSWORD: 'other' }, 'DATABASE_URL already holds a password'],
    ])('refuses %p', (extra, message) => {
      const files: Record<string, string> = { EMPTY: secret('empty', '\n'), JWT: secret('jwt-2', STRONG_SECRET) };
      const env = Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, value !== undefined && value in files ? files[value] : value]));
      expect(refusal(production(env))).toContain(message);
    });

    it('still generates the demo audit key into MAILLAGE_AUDIT_KEY_FILE when it does not exist yet', () => {
      const keyFile = join(folder, 'fresh-audit.key');
      const config = loadConfig(demo({ MAILLAGE_AUDIT_KEY_FILE: keyFile }));
      expect(config.auditKey.equals(Buffer.from(readFileSync(keyFile, 'utf8'), 'base64'))).toBe(true);
      expect(config.auditKey.length).toBe(32);
    });
  });

  describe('production', () => {
    it('starts with a strong secret, an audit key and an external database, seeding nothing', () => {
      const config = loadConfig(production());
      expect(config).toMatchObject({ mode: 'production', seedDemoData: false, auditCheckpointFile: null, jwtSecret: STRONG_SECRET });
    });
    it.each([
      [{ MAILLAGE_JWT_SECRET: undefined }, 'MAILLAGE_JWT_SECRET must be a random secret of at least 32 characters'],
      [{ MAILLAGE_JWT_SECRET: 'changeme-changeme-changeme-changeme' }, 'MAILLAGE_JWT_SECRET must be a random secret'],
      [{ MAILLAGE_JWT_SECRET: 'a'.repeat(40) }, 'MAILLAGE_JWT_SECRET must be a random secret'],
      [{ MAILLAGE_SEED_DEMO: 'true' }, 'MAILLAGE_SEED_DEMO is not allowed in production'],
      [{ MAILLAGE_AUDIT_KEY: undefined }, 'MAILLAGE_AUDIT_KEY is required in production'],
    ])('refuses %p', (extra, message) => {
      expect(refusal(production(extra))).toContain(message);
    });
  });
});
