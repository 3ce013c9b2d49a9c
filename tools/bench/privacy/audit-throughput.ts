import { AuditEntry, AuditTrail } from '@maillage/governance/infrastructure';
import { Sql } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { LatencySummary, runClients, summarize } from '../concurrency';
import { percentile } from '../stats';

export interface AuditRun {
  readonly callers: number;
  readonly entries: number;
  readonly entriesPerSec: number;
  /** How long a caller waited for its entry to be durable. */
  readonly wait: LatencySummary;
  /** Entries per transaction, read back from the table (one xmin per batch). */
  readonly batches: { readonly count: number; readonly mean: number; readonly p50: number; readonly max: number };
  readonly checkpointsExported: number;
}

async function headSeq(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ seq: string }>('SELECT seq FROM governance_audit_head WHERE id = 1');
  return Number(rows[0].seq);
}

/**
 * AuditTrail.record as the redaction point calls it (one entry per read,
 * awaited), from `callers` concurrent callers until `entries` are written.
 */
export async function runAuditThroughput(
  db: Sql,
  pool: Pool,
  key: Buffer,
  subjects: readonly string[],
  callers: number,
  entries: number,
): Promise<AuditRun> {
  let checkpoints = 0;
  const trail = new AuditTrail(db, key, () => void checkpoints++);
  const entry = (i: number): AuditEntry => ({
    occurredAt: new Date().toISOString(),
    viewerAccountId: 'bench-rh',
    viewerAgentId: subjects[0],
    subjectAgentId: subjects[i % subjects.length],
    subjectDirectionId: null,
    fields: ['category', 'grade', 'matricule'],
    purpose: 'bench: audit throughput',
    requestId: `bench-audit-${callers}-${i}`,
  });
  const before = await headSeq(pool);
  const run = await runClients(callers, entries, (i) => trail.record([entry(i)]));
  await trail.onModuleDestroy();
  const after = await headSeq(pool);
  const { rows } = await pool.query<{ n: string }>(
    'SELECT count(*) AS n FROM governance_read_audit WHERE seq > $1 AND seq <= $2 GROUP BY xmin::text',
    [before, after],
  );
  const sizes = rows.map((r) => Number(r.n));
  const written = sizes.reduce((a, b) => a + b, 0);
  if (written !== entries || run.errors > 0) throw new Error(`audit: ${written} of ${entries} entries written, ${run.errors} errors (${run.firstError})`);
  return {
    callers,
    entries,
    entriesPerSec: entries / (run.elapsedMs / 1000),
    wait: summarize(run),
    batches: { count: sizes.length, mean: written / sizes.length, p50: percentile(sizes, 50), max: Math.max(...sizes) },
    checkpointsExported: checkpoints,
  };
}
