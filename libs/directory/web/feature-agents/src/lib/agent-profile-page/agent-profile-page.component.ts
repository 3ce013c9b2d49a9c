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
import { AgentChanges, AgentHrStore, AgentProfileStore } from '@maillage/directory/web/data-access';
import { distinctUntilChanged, filter, map } from 'rxjs';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';
import { Feedback, feedbackOf } from '@maillage/shared/web-util';
import { FeedbackComponent } from '@maillage/shared/web-ui';
import { AgentDetailsComponent } from '../agent-details';
import { AgentEditFormComponent } from '../agent-edit-form';
import { AgentHierarchyComponent } from '../agent-hierarchy';
import { AgentHrSectionComponent, AgentSensitiveSectionComponent } from '../agent-hr';
import { AgentOrgActionsComponent } from '../agent-org-actions';
import { AgentProfileSectionsComponent } from '../agent-profile-sections';
import { agentStatusLine } from '../agent-status-label';
import { DIRECTORY_FEEDBACK } from '../command-feedback';
import { canManageOrganisation, canRecordDeparture, canSeeHrRecord, editableFieldsFor, shownEditableFields } from '../edit-permissions';

@Component({
  selector: 'mlg-agent-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FeedbackComponent, 
    RouterLink,
    AgentDetailsComponent,
    AgentEditFormComponent,
    AgentHierarchyComponent,
    AgentHrSectionComponent,
    AgentOrgActionsComponent,
    AgentProfileSectionsComponent,
    AgentSensitiveSectionComponent,
  ],
  providers: [AgentProfileStore, AgentHrStore],
  templateUrl: './agent-profile-page.component.html',
  styleUrl: './agent-profile-page.component.css',
})
export class AgentProfilePageComponent {
  protected readonly store = inject(AgentProfileStore);
  private readonly viewer = inject(CURRENT_ACCOUNT);
  private readonly injector = inject(Injector);
  private readonly editButton = viewChild<ElementRef<HTMLButtonElement>>('editButton');

  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<Feedback | null>(null);
  protected readonly editableFields = computed(() => {
    const agent = this.store.profile();
    if (!agent) return [];
    const fields = shownEditableFields(editableFieldsFor(this.viewer(), agent.id), agent);
    // A departed agent's post no longer changes (the server refuses it); contact and HR fields still may.
    return agent.status === 'departed' ? fields.filter((field) => field !== 'postTitle') : fields;
  });
  protected readonly status = computed(() => {
    const agent = this.store.profile();
    return agent ? agentStatusLine(agent.status, agent.departedOn) : null;
  });
  protected readonly showHr = computed(() => canSeeHrRecord(this.viewer()));
  protected readonly showOrgActions = computed(() => canManageOrganisation(this.viewer()));
  protected readonly departureAllowed = computed(() => canRecordDeparture(this.viewer()));

  constructor() {
    // The component is reused when following a hierarchy link: react to the id, not to creation.
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
      this.feedback.set(feedbackOf(outcome, 'La fiche a été mise à jour.', DIRECTORY_FEEDBACK));
      // On a conflict the form stays open, refilled with the reloaded fiche.
      if (outcome.kind === 'done') this.stopEdit();
    });
  }

  private focusEditButton(): void {
    afterNextRender(() => this.editButton()?.nativeElement.focus(), { injector: this.injector });
  }
}
