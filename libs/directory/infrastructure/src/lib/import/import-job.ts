import { FieldChange, ImportRowReport, ImportSummary, ImportTask, RowIssue } from '@maillage/directory/application';

export type ImportJobStatus = 'dry_run' | 'applying' | 'applied' | 'failed';

/** A row of the report once the import has been applied: did its commands go through? */
export interface ImportedRow extends ImportRowReport {
  /** Set after the application: the row's commands all went through, or one failed. */
  readonly applied?: boolean;
  readonly applyError?: RowIssue;
}

/** A value left out of a report for this viewer, and who may see it (for the « visible par … » hint). */
export interface Withheld {
  readonly visibleTo: readonly string[];
}

/** A change as one viewer may read it: a withheld value is null on both sides. */
export type ReportedChange = FieldChange & { readonly withheld?: Withheld };

/** A row of the report as one viewer may read it (`import-report-redaction.ts`). */
export interface ReportedRow extends Omit<ImportedRow, 'changes'> {
  readonly changes: readonly ReportedChange[];
  /** Set when the row's matricule is withheld (it is then null). */
  readonly matriculeWithheld?: Withheld;
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
  /** When the report's values were deleted (past the retention); null until then. */
  readonly purgedAt: string | null;
  readonly totalRows: number;
  readonly processedRows: number;
  /** 0–100: rows the application has finished with, over all rows of the file. */
  readonly progress: number;
  readonly summary: ImportJobSummary;
  readonly failure: string | null;
  /** Earlier applied imports of the very same file (same SHA-256). */
  readonly previouslyApplied: readonly { readonly id: string; readonly finishedAt: string | null }[];
  /** Empty once the report is past the retention: its values are deleted, the counts stay. */
  readonly rows: readonly ReportedRow[];
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
