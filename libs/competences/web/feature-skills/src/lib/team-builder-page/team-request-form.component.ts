import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, output, signal, viewChild, viewChildren } from '@angular/core';
import type { TeamBuilderRequest } from '@maillage/competences/contracts';
import {
  ChosenAgent,
  CompetencesApi,
  DirectionsStore,
  directionsNote,
  hasErrors,
  RequirementDraft,
  TEAM_LIMITS,
  TeamDraft,
  teamDraftErrors,
  TeamDraftErrors,
  teamRequestOf,
} from '@maillage/competences/web/data-access';
import { AgentListPickerComponent, AgentSearch, MAX_AGENT_CHOICES } from '@maillage/shared/web-ui';
import { map } from 'rxjs';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';
import { LEVELS, levelFromValue, levelLabel } from '../labels/skill-labels';
import { SkillComboboxComponent } from '../skill-combobox';
import { errorList } from './error-list';

let rowKeys = 0;
const newRow = (): RequirementDraft => ({ key: ++rowKeys, skill: null, minLevel: 'notions', count: 1 });

/** The team builder's request: skills, size, directions, people asked for and set aside. */
@Component({
  selector: 'mlg-team-request-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgentListPickerComponent, SkillComboboxComponent],
  templateUrl: './team-request-form.component.html',
  styleUrl: './team-request-form.component.css',
})
export class TeamRequestFormComponent {
  readonly pending = input(false);
  readonly submitted = output<TeamBuilderRequest>();

  protected readonly directions = inject(DirectionsStore);
  private readonly viewer = inject(CURRENT_ACCOUNT, { optional: true });
  private readonly api = inject(CompetencesApi);
  private readonly injector = inject(Injector);
  private readonly comboboxes = viewChildren(SkillComboboxComponent);
  private readonly addRowButton = viewChild.required<ElementRef<HTMLButtonElement>>('addRowButton');
  private readonly summaryBox = viewChild<ElementRef<HTMLElement>>('summary');
  protected readonly levels = LEVELS;
  protected readonly levelLabel = levelLabel;
  protected readonly limits = TEAM_LIMITS;

  protected readonly title = signal('');
  protected readonly rows = signal<readonly RequirementDraft[]>([newRow()]);
  protected readonly maxSize = signal(6);
  protected readonly directionIds = signal<readonly string[]>([]);
  /** The signed-in agent leads by default; they may hand over or step out. */
  protected readonly fixedMembers = signal<readonly ChosenAgent[]>(this.defaultLead());
  protected readonly excluded = signal<readonly ChosenAgent[]>([]);
  /** Shown after a first attempt to submit, then kept up to date. */
  protected readonly showErrors = signal(false);

  private readonly draft = computed((): TeamDraft => ({
    title: this.title(),
    requirements: this.rows(),
    maxSize: this.maxSize(),
    requiredDirectionIds: this.directionIds(),
    fixedMembers: this.fixedMembers(),
    excluded: this.excluded(),
  }));
  protected readonly errors = computed((): TeamDraftErrors => (this.showErrors() ? teamDraftErrors(this.draft()) : {}));
  protected readonly errorLines = computed(() => errorList(this.errors(), this.rows()));
  protected readonly directionsNote = computed(() => directionsNote(this.directionIds().length));
  protected readonly fixedIds = computed(() => new Map(this.fixedMembers().map((agent) => [agent.id, 'déjà désigné(e)'])));
  protected readonly excludedIds = computed(() => new Map(this.excluded().map((agent) => [agent.id, 'écarté(e)'])));
  /** The annuaire's search (names and posts only); the direction says more than the unit across a project. */
  protected readonly findAgents: AgentSearch = (q) =>
    this.api
      .findAgents(q, MAX_AGENT_CHOICES)
      .pipe(map((page) => page.items.map((agent) => ({ id: agent.id, displayName: agent.displayName, postTitle: agent.postTitle, unitName: agent.directionName ?? agent.unitName }))));

  constructor() {
    this.directions.ensureLoaded();
  }

  protected rowError(key: number, field: 'skill' | 'count'): string | null {
    return this.errors().rows?.[key]?.[field] ?? null;
  }

  protected updateRow(key: number, changes: Partial<Omit<RequirementDraft, 'key'>>): void {
    this.rows.update((rows) => rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));
  }

  protected chooseLevel(key: number, value: string): void {
    this.updateRow(key, { minLevel: levelFromValue(value) ?? 'notions' });
  }

  protected addRow(): void {
    if (this.rows().length >= TEAM_LIMITS.requirements) return;
    this.rows.update((rows) => [...rows, newRow()]);
    afterNextRender(() => this.comboboxes().at(-1)?.focus(), { injector: this.injector });
  }

  protected removeRow(key: number): void {
    this.rows.update((rows) => rows.filter((row) => row.key !== key));
    // The row and its button are gone: the focus goes to "Ajouter une compétence".
    afterNextRender(() => this.addRowButton().nativeElement.focus(), { injector: this.injector });
  }

  protected toggleDirection(id: string, checked: boolean): void {
    this.directionIds.update((ids) => (checked ? [...ids, id] : ids.filter((other) => other !== id)));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.pending()) return;
    this.showErrors.set(true);
    const draft = this.draft();
    if (hasErrors(teamDraftErrors(draft))) {
      afterNextRender(() => this.summaryBox()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    this.submitted.emit(teamRequestOf(draft));
  }

  protected readNumber(value: string): number {
    return value.trim() === '' ? Number.NaN : Number(value);
  }

  private defaultLead(): ChosenAgent[] {
    const account = this.viewer?.();
    // The session does not carry the post: the line under the name says who it is instead.
    return account?.agentId ? [{ id: account.agentId, displayName: account.displayName, postTitle: 'Vous' }] : [];
  }
}
