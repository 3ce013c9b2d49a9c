/*
 * What the import API answers (POST /api/imports, GET /api/imports/:id). These mirror
 * ImportJobView in libs/directory/infrastructure/src/lib/import/import-job.ts, which the
 * browser may not import (server layer): they belong in the directory's contracts.
 * Only the fields the import page uses are listed.
 */

export type ImportJobStatus = 'dry_run' | 'applying' | 'applied' | 'failed';
export type ImportRowOutcome = 'new' | 'changed' | 'unchanged' | 'error';

export interface ImportIssue {
  readonly code: string;
  /** In French, written for the person importing. */
  readonly message: string;
}

export interface ImportFieldChange {
  /** The directory field (postTitle, grade…). */
  readonly field: string;
  /** The file's column it came from. */
  readonly column: string;
  readonly from: string | null;
  readonly to: string | null;
  /** The field's values are not for this viewer (both are then null): who may see them. */
  readonly withheld?: ImportWithheld;
}

/** A value the visibility policy keeps from this viewer, and who may see it. */
export interface ImportWithheld {
  readonly visibleTo: readonly string[];
}

interface NamedRef {
  readonly id: string;
  readonly name: string | null;
}

export interface ImportRow {
  readonly line: number;
  readonly matricule: string | null;
  /** Set when the matricule is not for this viewer (it is then null). */
  readonly matriculeWithheld?: ImportWithheld;
  readonly name: string | null;
  readonly agentId: string | null;
  readonly outcome: ImportRowOutcome;
  readonly changes: readonly ImportFieldChange[];
  readonly move?: { readonly from: NamedRef | null; readonly to: NamedRef };
  readonly managerChange?: { readonly from: NamedRef | null; readonly to: NamedRef | null };
  readonly statusChange?: { readonly from: string | null; readonly to: 'active' | 'on_leave' };
  readonly departure?: { readonly departedOn: string };
  readonly errors: readonly ImportIssue[];
  readonly warnings: readonly ImportIssue[];
  /** After application: whether the row's commands all went through. */
  readonly applied?: boolean;
  readonly applyError?: ImportIssue;
}

export interface ImportSummary {
  readonly rows: number;
  readonly new: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly error: number;
  readonly withWarnings: number;
  readonly ignoredColumns?: readonly string[];
  /** After application. */
  readonly applied?: number;
  readonly failed?: number;
}

export interface ImportJob {
  readonly id: string;
  readonly fileName: string;
  readonly status: ImportJobStatus;
  readonly totalRows: number;
  readonly processedRows: number;
  /** 0–100. */
  readonly progress: number;
  readonly summary: ImportSummary;
  /** Why an application stopped, in French. */
  readonly failure: string | null;
  readonly previouslyApplied?: readonly { readonly id: string; readonly finishedAt: string | null }[];
  readonly rows: readonly ImportRow[];
  readonly rowsTotal: number;
  readonly page: number;
  readonly pageSize: number;
}
