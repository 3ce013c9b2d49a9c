import { Pool } from 'pg';
import { LatencySummary, runClients, summarize } from '../concurrency';

/**
 * The floor under any audit that must be durable before the answer leaves:
 * one transaction inserting one row and committing (fsync of the WAL), as
 * the audit trail's batches do, from 1 caller and from 10.
 */
export async function commitFloor(pool: Pool, commits: number): Promise<{ single: LatencySummary; ten: LatencySummary }> {
  await pool.query('CREATE TABLE IF NOT EXISTS bench_commit_probe (id bigint, at timestamptz DEFAULT now())');
  const commit = async (i: number) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO bench_commit_probe (id) VALUES ($1)', [i]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
  const single = summarize(await runClients(1, commits, commit));
  const ten = summarize(await runClients(10, commits, commit));
  await pool.query('DROP TABLE bench_commit_probe');
  return { single, ten };
}
