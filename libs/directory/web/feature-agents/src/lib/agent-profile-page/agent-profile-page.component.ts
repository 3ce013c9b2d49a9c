import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AgentChanges, AgentProfileStore, DIRECTORY_VIEWER } from '@maillage/directory/web/data-access';
import { distinctUntilChanged, filter, map } from 'rxjs';
import { AgentDetailsComponent } from '../agent-details';
import { AgentEditFormComponent } from '../agent-edit-form';
import { agentStatusLabel } from '../agent-status-label';
import { editableFieldsFor } from '../edit-permissions';
import { Feedback, saveFeedback } from './save-feedback';

@Component({
  selector: 'mlg-agent-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, AgentDetailsComponent, AgentEditFormComponent],
  providers: [AgentProfileStore],
  templateUrl: './agent-profile-page.component.html',
  styleUrl: './agent-profile-page.component.css',
})
export class AgentProfilePageComponent {
  protected readonly store = inject(AgentProfileStore);
  private readonly viewer = inject(DIRECTORY_VIEWER);
  private readonly injector = inject(Injector);
  private readonly editButton = viewChild<ElementRef<HTMLButtonElement>>('editButton');

  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<Feedback | null>(null);
  protected readonly editableFields = computed(() => {
    const agent = this.store.profile();
    return agent ? editableFieldsFor(this.viewer(), agent.id) : [];
  });
  protected readonly status = computed(() => {
    const agent = this.store.profile();
    return agent ? agentStatusLabel(agent.status) : null;
  });

  constructor() {
    // The component is reused when following the manager link: react to the id, not to creation.
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id')),
        filter((id): id is string => !!id),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((id) => {
        this.editing.set(false);
        this.feedback.set(null);
        this.store.load(id);
      });

    const title = inject(Title);
    effect(() => {
      const agent = this.store.profile();
      if (agent) title.setTitle(`${agent.displayName} — Fiche agent — Maillage`);
    });
  }

  protected startEdit(): void {
    this.feedback.set(null);
    this.editing.set(true);
  }

  protected stopEdit(): void {
    this.editing.set(false);
    this.focusEditButton();
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
      this.feedback.set(saveFeedback(outcome));
      // On a conflict the form stays open, refilled with the reloaded fiche.
      if (outcome.kind === 'saved') this.stopEdit();
    });
  }

  private focusEditButton(): void {
    afterNextRender(() => this.editButton()?.nativeElement.focus(), { injector: this.injector });
  }
}
