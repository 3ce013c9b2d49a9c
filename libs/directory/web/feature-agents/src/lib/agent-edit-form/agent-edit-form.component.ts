import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AgentProfile } from '@maillage/directory/contracts';
import type { AgentChanges } from '@maillage/directory/web/data-access';
import type { ProfileField } from '../edit-permissions';
import { AGENT_FORM_FIELDS } from './agent-form-fields';
import { changedFields } from './changed-fields';

/** The "Modifier" form of a fiche: shows only the fields the viewer may edit. */
@Component({
  selector: 'mlg-agent-edit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  host: { '(keydown.escape)': 'cancelled.emit()' },
  templateUrl: './agent-edit-form.component.html',
  styleUrl: './agent-edit-form.component.css',
})
export class AgentEditFormComponent {
  readonly agent = input.required<AgentProfile>();
  readonly fields = input.required<readonly ProfileField[]>();
  readonly pending = input(false);
  readonly save = output<AgentChanges>();
  readonly cancelled = output<void>();

  protected readonly specs = AGENT_FORM_FIELDS;
  protected readonly submitted = signal(false);
  /**
   * Rebuilt from the profile each time it is (re)loaded: after a 409 the user must
   * see, and start again from, what the other person saved.
   */
  protected readonly form = computed(() => {
    const agent = this.agent();
    const controls: Partial<Record<ProfileField, FormControl<string>>> = {};
    for (const field of this.fields()) {
      const validators = this.specs[field].required ? [Validators.required] : [];
      controls[field] = new FormControl(agent[field] ?? '', { nonNullable: true, validators });
    }
    return new FormGroup(controls);
  });
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  constructor() {
    afterNextRender(() => this.host.nativeElement.querySelector('input')?.focus());
  }

  protected showError(field: ProfileField): boolean {
    return this.submitted() && !!this.form().controls[field]?.invalid;
  }

  protected describedBy(field: ProfileField): string | null {
    const ids = [this.specs[field].hint ? `agent-${field}-hint` : '', this.showError(field) ? `agent-${field}-error` : ''];
    return ids.filter(Boolean).join(' ') || null;
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.pending()) return;
    if (this.form().invalid) {
      // By id: the aria-invalid marks are only rendered at the next change detection.
      const invalid = this.fields().find((field) => this.form().controls[field]?.invalid);
      this.host.nativeElement.querySelector<HTMLElement>(`#agent-${invalid}`)?.focus();
      return;
    }
    this.save.emit(changedFields(this.agent(), this.fields(), this.form().getRawValue()));
  }
}
