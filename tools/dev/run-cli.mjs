// `node tools/dev/run-cli.mjs <command> [args]` runs one of the compiled
// operator commands of apps/api/src/cli (projections-rebuild,
// projections-retry-parked, audit-verify, account-create)
// against the database `npm start` uses: DATABASE_URL, else the running
// embedded PostgreSQL, else it starts that one for the duration.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { embeddedDataDir, startEmbeddedPostgresOrExit } from './embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const env = { ...process.env };
let database = null;

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

if (!env.DATABASE_URL) {
  const urlFile = join(root, '.data', 'database-url');
  const running = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null;
  if (running && (await reachable(running))) {
    env.DATABASE_URL = running;
  } else {
    database = await startEmbeddedPostgresOrExit({ dir: embeddedDataDir(root), dirVariable: 'MAILLAGE_DATA_DIR', persistent: true });
    env.DATABASE_URL = database.url;
  }
}

const [command, ...args] = process.argv.slice(2);
const child = spawn(process.execPath, [join(root, 'dist', 'api', 'apps', 'api', 'src', 'cli', `${command}.js`), ...args], {
  env,
  stdio: 'inherit',
});
child.on('exit', async (code) => {
  if (database) await database.stop();
  process.exit(code ?? 1);
});
