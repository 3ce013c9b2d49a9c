import { ConfigurationError, loadConfig } from './config';

const base = { DATABASE_URL: 'postgres://localhost/maillage', MAILLAGE_AUDIT_KEY: Buffer.alloc(32, 7).toString('base64') };

describe('database pool size in the configuration', () => {
  it('defaults to 20 connections', () => {
    expect(loadConfig(base).databasePoolSize).toBe(20);
  });

  it('is read from MAILLAGE_DB_POOL_SIZE', () => {
    expect(loadConfig({ ...base, MAILLAGE_DB_POOL_SIZE: '8' }).databasePoolSize).toBe(8);
  });

  it.each(['abc', '0', '1', '1001', '4.5', ''])('refuses %j, naming the variable', (value) => {
    expect(() => loadConfig({ ...base, MAILLAGE_DB_POOL_SIZE: value })).toThrow(ConfigurationError);
    expect(() => loadConfig({ ...base, MAILLAGE_DB_POOL_SIZE: value })).toThrow(/MAILLAGE_DB_POOL_SIZE/);
  });
});
