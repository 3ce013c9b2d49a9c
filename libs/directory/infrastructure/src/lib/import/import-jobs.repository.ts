import { ImportTask } from '@maillage/directory/application';
import { Sql } from '@maillage/shared/kernel';
import { ImportJobListItem, ImportJobRecord, ImportJobSummary, ImportJobView, ImportedRow, RowPage } from './import-job';

/** A job as stored: its rows hold every value, for the redaction point to filter per viewer. */
export type StoredImportJob = Omit<ImportJobView, 'rows'> & { readonly rows: readonly ImportedRow[] };

const JOB_COLUMNS = `
  id, file_name AS "fileName", sha256, status, created_by AS "createdBy", created_at AS "createdAt", applied_by AS "appliedBy",
  started_at AS "startedAt", finished_at AS "finishedAt", total_rows AS "totalRows", processed_rows AS "processedRows",
  summary, failure, purged_at AS "purgedAt"`;

type JobRow = Omit<ImportJobListItem, 'progress' | 'createdAt' | 'startedAt' | 'finishedAt' | 'purgedAt'> & {
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  purgedAt: Date | null;
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toListItem(row: JobRow): ImportJobListItem {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    purgedAt: iso(row.purgedAt),
    progress: row.totalRows === 0 ? 100 : Math.floor((100 * row.processedRows) / row.totalRows),
  };
}

/** Plain SQL over `directory_imports`; the report is paged inside PostgreSQL so polling stays light. */
export class ImportJobsRepository {
  constructor(private readonly sql: Pick<Sql, 'query'>) {}

  async insert(job: ImportJobRecord): Promise<void> {
    await this.sql.query(
      `INSERT INTO directory_imports (id, file_name, sha256, created_by, status, total_rows, summary, report, plan)
       VALUES ($1, $2, $3, $4, 'dry_run', $5, $6::jsonb, $7::jsonb, $8::jsonb)`,
      [job.id, job.fileName, job.sha256, job.createdBy, job.report.length, JSON.stringify(job.summary), JSON.stringify(job.report), JSON.stringify(job.tasks)],
    );
  }

  /** dry_run → applying, once: a second click, or a second instance, gets null. */
  async claimForApply(id: string, appliedBy: string): Promise<{ tasks: ImportTask[]; report: ImportedRow[]; sha256: string } | null> {
    const rows = await this.sql.query<{ tasks: ImportTask[]; report: ImportedRow[]; sha256: string }>(
      `UPDATE directory_imports SET status = 'applying', applied_by = $2, started_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'dry_run' AND purged_at IS NULL RETURNING plan AS tasks, report, sha256`,
      [id, appliedBy],
    );
    return rows[0] ?? null;
  }

  async progress(id: string, processedRows: number): Promise<void> {
    await this.sql.query(`UPDATE directory_imports SET processed_rows = $2, updated_at = now() WHERE id = $1`, [id, processedRows]);
  }

  async finish(id: string, outcome: { report: readonly ImportedRow[]; summary: ImportJobSummary; processedRows: number }): Promise<void> {
    await this.sql.query(
      `UPDATE directory_imports SET status = 'applied', report = $2::jsonb, summary = $3::jsonb, processed_rows = $4,
              finished_at = now(), updated_at = now()
       WHERE id = $1`,
      [id, JSON.stringify(outcome.report), JSON.stringify(outcome.summary), outcome.processedRows],
    );
  }

  async fail(id: string, failure: string): Promise<void> {
    await this.sql.query(`UPDATE directory_imports SET status = 'failed', failure = $2, finished_at = now(), updated_at = now() WHERE id = $1`, [id, failure]);
  }

  /** An application whose instance stopped (a crash, a redeploy) stays « applying » with no progress: it is marked failed. */
  async failAbandoned(olderThanSeconds: number): Promise<number> {
    const rows = await this.sql.query<{ id: string }>(
      `UPDATE directory_imports SET status = 'failed', failure = 'interrompu : l’application de l’import s’est arrêtée avant la fin', finished_at = now()
       WHERE status = 'applying' AND updated_at < now() - make_interval(secs => $1) RETURNING id`,
      [olderThanSeconds],
    );
    return rows.length;
  }

  async find(id: string, page: RowPage): Promise<StoredImportJob | null> {
    const [job] = await this.sql.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM directory_imports WHERE id = $1`, [id]);
    if (!job) return null;
    const filters = page.outcomes && page.outcomes.length > 0 ? page.outcomes : null;
    const rows = await this.sql.query<{ row: ImportedRow; total: number }>(
      `SELECT r.value AS row, count(*) OVER ()::int AS total
       FROM directory_imports j CROSS JOIN LATERAL jsonb_array_elements(j.report) WITH ORDINALITY AS r(value, n)
       WHERE j.id = $1 AND ($2::text[] IS NULL
         OR r.value->>'outcome' = ANY($2)
         OR ('failed' = ANY($2) AND r.value ? 'applyError')
         OR ('warning' = ANY($2) AND jsonb_array_length(r.value->'warnings') > 0))
       ORDER BY r.n OFFSET $3 LIMIT $4`,
      [id, filters, (page.page - 1) * page.pageSize, page.pageSize],
    );
    const previous = await this.sql.query<{ id: string; finishedAt: Date | null }>(
      `SELECT id, finished_at AS "finishedAt" FROM directory_imports WHERE sha256 = $1 AND status = 'applied' AND id <> $2 ORDER BY finished_at`,
      [job.sha256, id],
    );
    const rowsTotal = rows[0]?.total ?? (await this.countRows(id, filters));
    return {
      ...toListItem(job),
      previouslyApplied: previous.map((p) => ({ id: p.id, finishedAt: iso(p.finishedAt) })),
      rows: rows.map((r) => r.row),
      rowsTotal,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  private async countRows(id: string, filters: readonly string[] | null): Promise<number> {
    if (filters === null) {
      const [row] = await this.sql.query<{ n: number }>(`SELECT jsonb_array_length(report) AS n FROM directory_imports WHERE id = $1`, [id]);
      return row?.n ?? 0;
    }
    // Past the last page: count without paging.
    const [row] = await this.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM directory_imports j CROSS JOIN LATERAL jsonb_array_elements(j.report) AS r(value)
       WHERE j.id = $1 AND (r.value->>'outcome' = ANY($2) OR ('failed' = ANY($2) AND r.value ? 'applyError')
         OR ('warning' = ANY($2) AND jsonb_array_length(r.value->'warnings') > 0))`,
      [id, filters],
    );
    return row?.n ?? 0;
  }

  /**
   * Past the retention, a report's values go (HR values among them): report
   * and plan are emptied, the counts and the file's hash stay. A job still
   * applying is left to finish; a dry run never applied can no longer be.
   */
  async purgeBefore(cutoff: Date): Promise<number> {
    const rows = await this.sql.query<{ id: string }>(
      `UPDATE directory_imports SET report = '[]'::jsonb, plan = '[]'::jsonb, purged_at = now(), updated_at = now()
       WHERE purged_at IS NULL AND status <> 'applying' AND coalesce(finished_at, created_at) < $1 RETURNING id`,
      [cutoff],
    );
    return rows.length;
  }

  async recent(limit: number): Promise<ImportJobListItem[]> {
    const rows = await this.sql.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM directory_imports ORDER BY created_at DESC LIMIT $1`, [limit]);
    return rows.map(toListItem);
  }
}
