import { ConfigurationError, loadConfig } from './config';

const base = { DATABASE_URL: 'postgres://localhost/maillage', MAILLAGE_AUDIT_KEY: Buffer.alloc(32, 7).toString('base64') };

describe('database timeouts in the configuration', () => {
  it('default to bounded values', () => {
    expect(loadConfig(base).databaseTimeouts).toEqual({ connectTimeoutMs: 5000, statementTimeoutMs: 10000, idleInTransactionTimeoutMs: 60000 });
  });

  it('are read from the environment', () => {
    const config = loadConfig({ ...base, MAILLAGE_DB_CONNECT_TIMEOUT_MS: '1500', MAILLAGE_DB_STATEMENT_TIMEOUT_MS: '2500', MAILLAGE_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '9000' });
    expect(config.databaseTimeouts).toEqual({ connectTimeoutMs: 1500, statementTimeoutMs: 2500, idleInTransactionTimeoutMs: 9000 });
  });

  it.each(['abc', '0', '-5', '12.5'])('refuse %s', (value) => {
    expect(() => loadConfig({ ...base, MAILLAGE_DB_STATEMENT_TIMEOUT_MS: value })).toThrow(ConfigurationError);
  });
});
