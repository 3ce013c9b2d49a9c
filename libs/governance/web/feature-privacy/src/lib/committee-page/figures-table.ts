import type { AuditFigure } from '@maillage/governance/web/data-access';

export interface MonthFigures {
  /** yyyy-mm */
  readonly month: string;
  readonly rows: readonly AuditFigure[];
  readonly reads: number;
  readonly fieldReads: number;
}

/** Groups the figures by month, newest first, directions in alphabetical order, with a total per month. */
export function figuresByMonth(figures: readonly AuditFigure[]): MonthFigures[] {
  const months = new Map<string, AuditFigure[]>();
  for (const figure of figures) months.set(figure.month, [...(months.get(figure.month) ?? []), figure]);
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, rows]) => ({
      month,
      rows: [...rows].sort((a, b) => (a.directionName ?? '\uffff').localeCompare(b.directionName ?? '\uffff', 'fr')),
      reads: rows.reduce((sum, row) => sum + row.reads, 0),
      fieldReads: rows.reduce((sum, row) => sum + row.fieldReads, 0),
    }));
}

/** "mars 2026" from "2026-03". */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number);
  if (!year || !index) return month;
  return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, index - 1, 1)));
}
