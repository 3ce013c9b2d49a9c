import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AuditFigure } from '@maillage/governance/web/data-access';
import { figuresByMonth, monthLabel } from './figures-table';

/** Reads of sensitive fields per direction and month: counts only, never a person's name. */
@Component({
  selector: 'mlg-audit-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe],
  template: `
    <div class="table-wrap">
      <table class="data">
        <caption>Lectures de champs sensibles par direction et par mois, les mois les plus récents d'abord</caption>
        <thead>
          <tr>
            <th scope="col">Mois</th>
            <th scope="col">Direction de l'agent consulté</th>
            <th scope="col" class="number">Consultations</th>
            <th scope="col" class="number">Champs sensibles lus</th>
          </tr>
        </thead>
        @for (month of months(); track month.month) {
          <tbody>
            @for (row of month.rows; track $index) {
              <tr>
                <td>{{ label(month.month) }}</td>
                <th scope="row">{{ row.directionName ?? 'Sans direction' }}</th>
                <td class="number">{{ row.reads | number }}</td>
                <td class="number">{{ row.fieldReads | number }}</td>
              </tr>
            }
            <tr class="total">
              <td>{{ label(month.month) }}</td>
              <th scope="row">Total du mois</th>
              <td class="number">{{ month.reads | number }}</td>
              <td class="number">{{ month.fieldReads | number }}</td>
            </tr>
          </tbody>
        }
      </table>
    </div>
  `,
  styleUrls: ['../shared/privacy-page.css'],
  styles: `
    .data .total th, .data .total td { font-weight: 700; background: var(--mlg-surface-alt); }
  `,
})
export class AuditFiguresComponent {
  readonly figures = input.required<readonly AuditFigure[]>();
  protected readonly months = computed(() => figuresByMonth(this.figures()));
  protected readonly label = monthLabel;
}
