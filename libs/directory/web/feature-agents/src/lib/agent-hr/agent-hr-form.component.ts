import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AgentHrRecord } from '@maillage/directory/contracts';
import type { AgentChanges } from '@maillage/directory/web/data-access';
import { changedFields } from '../agent-edit-form/changed-fields';
import type { HrField } from '@maillage/governance/contracts';
import { HR_FIELD_SPECS } from './hr-field-specs';

/** HR's form for the HR record. The rules (a contract agent has no grade…) are the server's. */
@Component({
  selector: 'mlg-agent-hr-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  host: { '(keydown.escape)': 'cancelled.emit()' },
  templateUrl: './agent-hr-form.component.html',
  styleUrl: './agent-hr-form.component.css',
})
export class AgentHrFormComponent {
  readonly record = input.required<AgentHrRecord>();
  /** The fields the viewer may see: a field the policy hides is not offered either. */
  readonly fields = input.required<readonly HrField[]>();
  readonly pending = input(false);
  readonly save = output<AgentChanges>();
  readonly cancelled = output<void>();

  protected readonly specs = HR_FIELD_SPECS;
  /** Rebuilt when the record is reloaded (after a conflict): the user starts from what is true now. */
  protected readonly form = computed(() => {
    const record = this.record();
    const controls: Partial<Record<HrField, FormControl<string>>> = {};
    for (const field of this.fields()) {
      controls[field] = new FormControl(record[field] ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(this.specs[field].maxLength)],
      });
    }
    return new FormGroup(controls);
  });
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  constructor() {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('input, select, textarea')?.focus());
  }

  /** A select offers "Non renseigné" when it may be emptied, or while it is still empty. */
  protected offersEmpty(field: HrField): boolean {
    return this.specs[field].clearable || !this.record()[field];
  }

  protected submit(): void {
    if (this.pending()) return;
    this.save.emit(changedFields(this.record(), this.fields(), this.form().getRawValue()));
  }
}
