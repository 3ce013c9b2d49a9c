import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AgentHrRecord } from '@maillage/directory/contracts';
import { HR_FIELDS } from '@maillage/governance/contracts';
import { HR_FIELD_SPECS, hrValueLabel } from './hr-field-specs';

type HrValues = Partial<Omit<AgentHrRecord, 'agentId'>>;

/**
 * HR fields as a description list. Only the fields present are listed: a field the
 * visibility policy withholds from this viewer is absent, and is not shown at all.
 */
@Component({
  selector: 'mlg-agent-hr-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="hr-fields">
      @for (item of shown(); track item.field) {
        <dt>{{ item.label }}</dt>
        <dd [class.multiline]="item.multiline">{{ item.value }}</dd>
      }
    </dl>
  `,
  styles: `
    .hr-fields { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: 0.5rem 1.5rem; margin: 0 0 1rem; }
    .hr-fields dt { font-weight: 600; }
    .hr-fields dd { margin: 0; overflow-wrap: anywhere; }
    .multiline { white-space: pre-line; }
    @media (max-width: 36rem) { .hr-fields { grid-template-columns: 1fr; gap: 0.125rem; } }
  `,
})
export class AgentHrFieldsComponent {
  readonly record = input.required<HrValues>();

  protected readonly shown = computed(() => {
    const record = this.record();
    return HR_FIELDS.filter((field) => record[field] !== undefined).map((field) => ({
      field,
      label: HR_FIELD_SPECS[field].label,
      value: hrValueLabel(field, record[field] ?? null),
      multiline: HR_FIELD_SPECS[field].control === 'textarea',
    }));
  });
}
