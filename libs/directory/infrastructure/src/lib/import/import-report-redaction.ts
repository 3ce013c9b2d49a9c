import { GOVERNED_FIELDS, Redactor, Viewer } from '@maillage/governance/contracts';
import { ImportedRow, ReportedChange, ReportedRow, Withheld } from './import-job';

/** Why these reads happen, in the audit trail. */
export const IMPORT_PURPOSE = 'import';
const WITHHELD_TEXT = '(valeur réservée)';
/** « A », « B » or « C » cannot be told apart from words: only longer values are masked in messages (none of them quotes a catégorie). */
const MASKED_MIN_LENGTH = 3;
/** Rows redacted at once: each is one call to the redaction point (policy, relation, audit). */
const CONCURRENCY = 16;

/**
 * The governed field an import column's value is: the file's « nom » is the
 * civil-status (birth) name, governed as `birthName` (fail closed: also for an
 * agent without a nom d'usage, whose name in use the row's `name` shows anyway).
 */
const governedFieldOf = (field: string): string | null =>
  field === 'lastName' ? 'birthName' : (GOVERNED_FIELDS as readonly string[]).includes(field) ? field : null;

/**
 * The report's values of governed fields (HR fields today; whatever the
 * policy governs tomorrow), per row, pass the one redaction point for the
 * viewer, about the row's agent: shown (and audited) to whom the policy shows
 * them, withheld with a « visible par … » hint from everyone else — the
 * importer included, whose file it was. A row whose agent cannot be told has
 * no one to ask the policy about: its governed values are withheld from all
 * (fail closed).
 */
export async function redactReport(rows: readonly ImportedRow[], viewer: Viewer, redactor: Redactor): Promise<ReportedRow[]> {
  const out: ReportedRow[] = [];
  for (let i = 0; i < rows.length; i += CONCURRENCY) {
    out.push(...(await Promise.all(rows.slice(i, i + CONCURRENCY).map((row) => redactRow(row, viewer, redactor)))));
  }
  return out;
}

async function redactRow(row: ImportedRow, viewer: Viewer, redactor: Redactor): Promise<ReportedRow> {
  const values: Record<string, string | null> = {};
  for (const change of row.changes) {
    const governed = governedFieldOf(change.field);
    if (governed) values[governed] = change.to ?? change.from;
  }
  if (row.matricule !== null) values['matricule'] = row.matricule;
  if (Object.keys(values).length === 0) return row;

  const decision = row.agentId ? await redactor.redact(viewer, row.agentId, values, IMPORT_PURPOSE) : { shown: {}, hidden: [] };
  const shown = new Set(Object.keys(decision.shown));
  const hints = new Map<string, readonly string[]>(decision.hidden.map((h) => [h.field, h.visibleTo]));
  const withheld = (field: string): Withheld | null => (shown.has(field) ? null : { visibleTo: hints.get(field) ?? [] });

  const secrets = new Set<string>();
  const changes = row.changes.map((change): ReportedChange => {
    const governed = governedFieldOf(change.field);
    const hidden = governed ? withheld(governed) : null;
    if (!hidden) return change;
    for (const value of [change.from, change.to]) if (value) secrets.add(value);
    return { ...change, from: null, to: null, withheld: hidden };
  });
  const matriculeWithheld = row.matricule !== null ? withheld('matricule') : null;
  if (matriculeWithheld && row.matricule) secrets.add(row.matricule);
  if (secrets.size === 0) return row;

  // The planner's messages quote the file (« Le matricule M0042 figure aussi ligne 7 »): the same values are masked there.
  const masked = [...secrets].filter((secret) => secret.length >= MASKED_MIN_LENGTH);
  const mask = (text: string) => masked.reduce((t, secret) => t.split(secret).join(WITHHELD_TEXT), text);
  const maskIssue = <I extends { readonly message: string }>(issue: I): I => ({ ...issue, message: mask(issue.message) });
  return {
    ...row,
    changes,
    ...(matriculeWithheld ? { matricule: null, matriculeWithheld } : {}),
    errors: row.errors.map(maskIssue),
    warnings: row.warnings.map(maskIssue),
    ...(row.applyError ? { applyError: maskIssue(row.applyError) } : {}),
  };
}
