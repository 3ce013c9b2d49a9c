import { ImportJobsRepository } from './import-jobs.repository';

/** What the purge needs of a `pg` pool. */
export interface Queryable {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Empties the import reports (and plans) finished or made before `cutoff`:
 * they quote HR values, which are kept no longer than the reads of them are.
 * Called by the daily retention purge; answers how many jobs were emptied.
 */
export function purgeImportReportsBefore(pool: Queryable, cutoff: Date): Promise<number> {
  const sql = { query: async <Row>(text: string, params?: readonly unknown[]) => (await pool.query(text, params ? [...params] : undefined)).rows as Row[] };
  return new ImportJobsRepository(sql).purgeBefore(cutoff);
}
