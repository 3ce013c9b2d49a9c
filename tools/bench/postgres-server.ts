import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE_MIGRATIONS } from '@maillage/shared/event-store';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

interface EmbeddedPostgresModule {
  startEmbeddedPostgres(options: { dir: string; persistent?: boolean }): Promise<{
    adminUrl: string;
    stop(): Promise<void>;
  }>;
}

export interface BenchServer {
  readonly adminUrl: string;
  /** A new, empty database; every scenario gets its own. */
  createDatabase(label: string): Promise<string>;
  stop(): Promise<void>;
}

/** One throw-away PostgreSQL for the whole run, in a temporary folder. */
export async function startBenchServer(): Promise<BenchServer> {
  // The helper is ESM-only; Node 20.19+ loads it from this CommonJS build.
  const { startEmbeddedPostgres } = (await import('../dev/embedded-postgres.mjs' as string)) as EmbeddedPostgresModule;
  const root = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
  const server = await startEmbeddedPostgres({ dir: join(root, 'pg'), persistent: false });
  return {
    adminUrl: server.adminUrl,
    async createDatabase(label) {
      const name = `bench_${label.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${randomBytes(3).toString('hex')}`;
      await withAdmin(server.adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
      const url = new URL(server.adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The event store's schema as shipped (EVENT_STORE_MIGRATIONS: tables, tuned append_to_stream, checkpoints). */
export async function runOurMigrations(url: string): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: EVENT_STORE_MIGRATIONS,
    logging: false,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}

export async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
