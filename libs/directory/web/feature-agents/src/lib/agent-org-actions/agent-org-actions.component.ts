import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { AgentProfile } from '@maillage/directory/contracts';
import { AgentProfileStore, DirectoryApi, NO_FILTERS, OrgUnitsStore } from '@maillage/directory/web/data-access';
import { AgentOption, AgentSearch, AgentSearchComponent, FeedbackComponent, MAX_AGENT_CHOICES } from '@maillage/shared/web-ui';
import { map, Observable } from 'rxjs';
import { CommandOutcome, Feedback, feedbackOf } from '@maillage/shared/web-util';
import { DIRECTORY_FEEDBACK } from '../command-feedback';
import { todayIso } from './today';

type Panel = 'manager' | 'unit' | 'departure';

/**
 * HR and DLSI actions on a fiche: reporting line, unit, leave, departure. Each shows
 * the server's reason when it refuses (a reporting cycle, a closed unit…) and the fiche
 * reloads after a conflict. Departed agents change no more: the actions are not offered.
 */
@Component({
  selector: 'mlg-agent-org-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FeedbackComponent, AgentSearchComponent],
  templateUrl: './agent-org-actions.component.html',
  styleUrl: './agent-org-actions.component.css',
})
export class AgentOrgActionsComponent {
  readonly agent = input.required<AgentProfile>();
  readonly canRecordDeparture = input(false);

  private readonly store = inject(AgentProfileStore);
  private readonly api = inject(DirectoryApi);
  protected readonly units = inject(OrgUnitsStore);
  private readonly injector = inject(Injector);
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');

  protected readonly open = signal<Panel | null>(null);
  protected readonly pending = signal(false);
  protected readonly feedback = signal<Feedback | null>(null);
  protected readonly newManager = signal<AgentOption | null>(null);
  protected readonly today = todayIso();
  protected readonly excluded = computed(() => [this.agent().id, ...(this.agent().managerId ? [this.agent().managerId as string] : [])]);
  /** The agent and their current manager are not offered; one more asked for, so as many remain. */
  protected readonly findManager: AgentSearch = (q) =>
    this.api
      .searchAgents({ q, page: 1, pageSize: MAX_AGENT_CHOICES + 1, ...NO_FILTERS })
      .pipe(map((page) => page.items.filter((agent) => !this.excluded().includes(agent.id))));

  constructor() {
    this.units.ensureLoaded();
  }

  protected toggle(panel: Panel): void {
    this.feedback.set(null);
    this.newManager.set(null);
    this.open.set(this.open() === panel ? null : panel);
  }

  protected assignManager(managerId: string | null): void {
    this.send(this.store.assignManager(managerId), managerId ? 'Le responsable a été changé.' : 'Le responsable a été retiré.');
  }

  protected moveToUnit(unitId: string): void {
    if (!unitId || unitId === this.agent().unitId) {
      this.feedback.set({ kind: 'error', text: "Choisissez une autre unité que l'unité actuelle." });
      return;
    }
    this.send(this.store.moveToUnit(unitId), "L'agent a changé d'unité.");
  }

  protected toggleLeave(): void {
    const onLeave = this.agent().status === 'on_leave';
    this.open.set(null);
    this.send(
      this.store.changeStatus(onLeave ? 'active' : 'on_leave'),
      onLeave ? "L'agent a été réactivé." : "L'agent a été mis en congé.",
    );
  }

  protected recordDeparture(departedOn: string): void {
    if (!departedOn) {
      this.feedback.set({ kind: 'error', text: 'Indiquez la date de départ.' });
      return;
    }
    this.send(this.store.recordDeparture(departedOn), 'Le départ a été enregistré.');
  }

  private send(command: Observable<CommandOutcome>, done: string): void {
    if (this.pending()) return;
    this.pending.set(true);
    this.feedback.set(null);
    command.subscribe((outcome) => {
      this.pending.set(false);
      this.feedback.set(feedbackOf(outcome, done, DIRECTORY_FEEDBACK));
      if (outcome.kind === 'done' || outcome.kind === 'conflict') {
        this.open.set(null);
        this.newManager.set(null);
        // The panel closes under the focus: put it back at the top of the section, before the message.
        afterNextRender(() => this.title().nativeElement.focus(), { injector: this.injector });
      }
    });
  }
}
