import { ImportRowReport, ImportSummary, ImportTask, RowIssue } from '@maillage/directory/application';

export type ImportJobStatus = 'dry_run' | 'applying' | 'applied' | 'failed';

/** A row of the report once the import has been applied: did its commands go through? */
export interface ImportedRow extends ImportRowReport {
  /** Set after the application: the row's commands all went through, or one failed. */
  readonly applied?: boolean;
  readonly applyError?: RowIssue;
}

export interface ImportJobSummary extends ImportSummary {
  readonly encoding: string;
  readonly delimiter: string;
  readonly columns: readonly string[];
  readonly ignoredColumns: readonly string[];
  /** Rows whose commands all went through, and rows that failed when applied. */
  readonly applied?: number;
  readonly failed?: number;
}

/** What `GET /api/imports/:id` shows: the job, its progress and a page of its report. */
export interface ImportJobView {
  readonly id: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly status: ImportJobStatus;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly appliedBy: string | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly totalRows: number;
  readonly processedRows: number;
  /** 0–100: rows the application has finished with, over all rows of the file. */
  readonly progress: number;
  readonly summary: ImportJobSummary;
  readonly failure: string | null;
  /** Earlier applied imports of the very same file (same SHA-256). */
  readonly previouslyApplied: readonly { readonly id: string; readonly finishedAt: string | null }[];
  readonly rows: readonly ImportedRow[];
  readonly rowsTotal: number;
  readonly page: number;
  readonly pageSize: number;
}

export type ImportJobListItem = Omit<ImportJobView, 'rows' | 'rowsTotal' | 'page' | 'pageSize' | 'previouslyApplied'>;

export interface ImportJobRecord {
  readonly id: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly createdBy: string;
  readonly summary: ImportJobSummary;
  readonly report: readonly ImportedRow[];
  readonly tasks: readonly ImportTask[];
}

/** Which rows of the report to show; `failed` means rows that failed when applied. */
export type RowFilter = 'new' | 'changed' | 'unchanged' | 'error' | 'failed' | 'warning';

export interface RowPage {
  readonly outcomes?: readonly RowFilter[];
  readonly page: number;
  readonly pageSize: number;
}
