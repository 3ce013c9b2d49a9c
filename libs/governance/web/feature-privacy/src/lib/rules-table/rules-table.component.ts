import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { VisibilityRule } from '@maillage/governance/contracts';
import { ruleText } from './rule-text';
import { capitalized, fieldLabel } from '../labels/field-labels';

/** Who may see which field, as a table: one row per field. */
@Component({
  selector: 'mlg-rules-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap">
      <table class="data" [attr.aria-busy]="busy()">
        <caption>{{ caption() }}</caption>
        <thead>
          <tr>
            <th scope="col">Champ</th>
            <th scope="col">Visible par</th>
          </tr>
        </thead>
        <tbody>
          @for (rule of rules(); track rule.field) {
            <tr>
              <th scope="row">{{ label(rule.field) }}</th>
              <td>{{ text(rule) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrls: ['../shared/privacy-page.css'],
})
export class RulesTableComponent {
  readonly rules = input.required<readonly VisibilityRule[]>();
  readonly caption = input.required<string>();
  readonly busy = input(false);

  protected label(field: string): string {
    return capitalized(fieldLabel(field));
  }

  protected text(rule: VisibilityRule): string {
    return ruleText(rule);
  }
}
