import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { ImportRow } from '@maillage/directory/web/data-access';
import { plural } from '@maillage/shared/web-util';
import { changeLines, OUTCOME_LABELS, withheldText } from './import-labels';

interface ShownRow {
  readonly row: ImportRow;
  readonly outcome: string;
  readonly matricule: string;
  readonly changes: readonly string[];
}

/** The dry-run (then applied) report, one table row per line of the file. */
@Component({
  selector: 'mlg-import-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-report.component.html',
  styleUrl: './import-report.component.css',
})
export class ImportReportComponent {
  readonly rows = input.required<readonly ImportRow[]>();
  /** Rows in the whole report, when the server sent only the first ones. */
  readonly rowsTotal = input.required<number>();
  /** Once applied, a column says how each row went. */
  readonly applied = input(false);

  /** Unchanged rows are hidden at first: in a yearly re-import they are most of the file. */
  protected readonly showUnchanged = signal(false);
  protected readonly shown = computed((): ShownRow[] =>
    this.rows()
      .filter((row) => this.showUnchanged() || row.outcome !== 'unchanged' || row.warnings.length > 0)
      .map((row) => ({
        row,
        outcome: OUTCOME_LABELS[row.outcome],
        matricule: row.matriculeWithheld ? withheldText(row.matriculeWithheld) : (row.matricule ?? '—'),
        changes: changeLines(row),
      })),
  );
  protected readonly hiddenCount = computed(() => this.rows().length - this.shown().length);
  protected readonly hiddenLabel = computed(() => `${plural(this.hiddenCount(), 'ligne inchangée masquée', 'lignes inchangées masquées')}.`);
}
