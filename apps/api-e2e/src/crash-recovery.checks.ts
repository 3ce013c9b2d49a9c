import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { competencesDirectoryConsumers, competencesProjections } from '@maillage/competences/infrastructure';
import { directoryProjections } from '@maillage/directory/infrastructure';
import { governanceDirectoryConsumers, governanceProjections } from '@maillage/governance/infrastructure';
import { identityProjections } from '@maillage/identity/infrastructure';
import type { AppUnderTest } from '@maillage/tools/testing';
import type { LoadClient } from './crash-recovery.load';

const root = resolve(__dirname, '..', '..', '..');

export interface WriteFigures {
  acknowledged: number;
  stored: number;
  missing: number;
  duplicated: number;
  /** Written although the client never got a 201 (its answer was lost): allowed, counted. */
  storedUnacknowledged: number;
  /** A 500 answered to a write that is in the log: must be 0. */
  committedAnswered500: number;
}

/** Compares what the load client was told with the log. */
export async function writeFigures(databaseUrl: string, load: LoadClient, tag: string): Promise<WriteFigures> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ email: string; n: number }>(
      `SELECT data->>'workEmail' AS email, count(*)::int AS n FROM events WHERE type = 'AgentRegistered' AND data->>'workEmail' LIKE $1 GROUP BY 1`,
      [`charge.crash-${tag}-%`],
    );
    const inLog = new Map(rows.map((r) => [r.email, r.n]));
    const acknowledged = load.acknowledged;
    return {
      acknowledged: acknowledged.length,
      stored: acknowledged.filter((w) => inLog.get(w.email) === 1).length,
      missing: acknowledged.filter((w) => !inLog.has(w.email)).length,
      duplicated: rows.filter((r) => r.n > 1).length,
      storedUnacknowledged: load.writes.filter((w) => w.outcome !== 'acknowledged' && inLog.has(w.email)).length,
      committedAnswered500: load.writes.filter((w) => inLog.has(w.email) && w.attempts.some((a) => a.status === 500)).length,
    };
  } finally {
    await db.end();
  }
}

// Every read model the app projects, as the projections declare them: a table added or dropped later is compared too.
const READ_MODELS = [
  ...directoryProjections(),
  ...competencesProjections(),
  ...governanceProjections(),
  ...identityProjections(),
  ...competencesDirectoryConsumers(),
  ...governanceDirectoryConsumers(),
].flatMap(
  (projection) => projection.readModelTables,
);

async function snapshot(db: Client): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of READ_MODELS) {
    tables[table] = (await db.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM ${table} t`)).rows.map((row) => row.r).sort();
  }
  return tables;
}

const cli = (command: string, env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'dist', 'api', 'apps', 'api', 'src', 'cli', `${command}.js`), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });

/** Rebuilds every projection from the log beside the live tables and swaps: the rows must not change. Returns the tables that differ. */
export async function readModelsDifferingFromRebuild(app: AppUnderTest): Promise<string[]> {
  const db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    const before = await snapshot(db);
    const run = cli('projections-rebuild', { DATABASE_URL: app.databaseUrl }, 'all');
    if (run.status !== 0) throw new Error(`projections-rebuild failed: ${run.stderr}`);
    const after = await snapshot(db);
    return READ_MODELS.filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]));
  } finally {
    await db.end();
  }
}

/** `npm run audit:verify` on the app's database: the read-audit chain and its exported checkpoints. */
export function verifyAudit(app: AppUnderTest): { ok: boolean; checked?: number; output: string } {
  const run = cli('audit-verify', { DATABASE_URL: app.databaseUrl, MAILLAGE_AUDIT_KEY: app.auditKey, NODE_ENV: 'test' }, app.auditCheckpointFile);
  const line = run.stdout.trim().split('\n').pop() ?? '{}';
  const result = JSON.parse(line || '{}') as { ok?: boolean; checked?: number };
  return { ok: run.status === 0 && result.ok === true, checked: result.checked, output: run.stdout + run.stderr };
}

/** Waits until every projection has caught up with the log, as seen by this instance. */
export async function caughtUp(baseUrl: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const health = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (health?.ok) {
      const body = (await health.json()) as { projections: { upToDate: boolean }[] };
      if (body.projections.every((p) => p.upToDate)) return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('projections did not catch up');
}
