import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { AgentChanges, AgentHrStore } from '@maillage/directory/web/data-access';
import { HR_FIELDS } from '@maillage/governance/contracts';
import { Feedback, feedbackOf } from '@maillage/shared/web-util';
import { FeedbackComponent } from '@maillage/shared/web-ui';
import { DIRECTORY_FEEDBACK } from '../command-feedback';
import { AgentHrFieldsComponent } from './agent-hr-fields.component';
import { AgentHrFormComponent } from './agent-hr-form.component';

/**
 * "Informations RH" of a fiche, for HR, read from the HR record and editable. A field
 * the server leaves out of the record is not shown at all: no label, no placeholder.
 */
@Component({
  selector: 'mlg-agent-hr-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FeedbackComponent, AgentHrFieldsComponent, AgentHrFormComponent],
  templateUrl: './agent-hr-section.component.html',
  styleUrl: './agent-hr-section.component.css',
})
export class AgentHrSectionComponent {
  readonly agentId = input.required<string>();
  readonly editable = input(false);

  protected readonly store = inject(AgentHrStore);
  private readonly injector = inject(Injector);
  private readonly editButton = viewChild<ElementRef<HTMLButtonElement>>('editButton');
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<Feedback | null>(null);
  protected readonly shownFields = computed(() => {
    const record = this.store.record();
    return record ? HR_FIELDS.filter((field) => field in record) : [];
  });

  constructor() {
    effect(() => {
      const id = this.agentId();
      untracked(() => {
        this.editing.set(false);
        this.feedback.set(null);
        this.store.load(id);
      });
    });
  }

  protected startEdit(): void {
    this.feedback.set(null);
    this.editing.set(true);
  }

  protected stopEdit(): void {
    this.editing.set(false);
    afterNextRender(() => this.editButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected save(changes: AgentChanges): void {
    if (Object.keys(changes).length === 0) {
      this.feedback.set({ kind: 'success', text: 'Aucune modification à enregistrer.' });
      this.stopEdit();
      return;
    }
    this.saving.set(true);
    this.feedback.set(null);
    this.store.save(changes).subscribe((outcome) => {
      this.saving.set(false);
      this.feedback.set(feedbackOf(outcome, 'Les informations RH ont été mises à jour.', DIRECTORY_FEEDBACK));
      // On a refusal or a conflict the form stays open (refilled after a conflict).
      if (outcome.kind === 'done') this.stopEdit();
    });
  }
}
