// Starts the PostgreSQL every integration and e2e test file uses (each file
// makes its own database in it). DATABASE_URL points the tests at an external
// server instead; it needs the right to create databases.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgresOrExit } from '../dev/embedded-postgres.mjs';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.MAILLAGE_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'maillage-test-'));
  const server = await startEmbeddedPostgresOrExit({ dir: join(root, 'pg'), persistent: false, dirVariable: 'TMPDIR' });
  process.env.MAILLAGE_TEST_ADMIN_URL = server.adminUrl;
  globalThis.__MAILLAGE_PG__ = { server, root };
}
