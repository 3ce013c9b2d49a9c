import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import type { SkillHistoryEntry, SkillSummary } from '@maillage/competences/contracts';
import { ChosenSkill, CompetencesApi, ReferentialAdminStore } from '@maillage/competences/web/data-access';
import { Observable } from 'rxjs';
import { CommandOutcome, feedbackOf } from '@maillage/shared/web-util';
import { REFERENTIAL_FEEDBACK } from '../shared/feedback';
import { SkillComboboxComponent } from '../skill-combobox';
import { historyLine, whenOf } from './history-lines';

type Panel = 'rename' | 'synonym' | 'merge' | 'history';
type History = { readonly kind: 'loading' } | { readonly kind: 'failed' } | { readonly kind: 'loaded'; readonly entries: readonly SkillHistoryEntry[] };

/**
 * One skill of the referential and what an admin may do to it. One action open at a time;
 * a success is said in a message that takes the focus, a refusal next to its field.
 */
@Component({
  selector: 'mlg-referential-skill-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SkillComboboxComponent],
  templateUrl: './referential-skill-card.component.html',
  styleUrl: './referential-page.css',
})
export class ReferentialSkillCardComponent {
  readonly skill = input.required<SkillSummary>();
  /** The surviving skill's label, for a merged one. */
  readonly mergedIntoLabel = input<string | null>(null);

  private readonly store = inject(ReferentialAdminStore);
  private readonly api = inject(CompetencesApi);
  private readonly injector = inject(Injector);
  private readonly result = viewChild<ElementRef<HTMLElement>>('result');
  private readonly field = viewChild<ElementRef<HTMLInputElement>>('field');
  private readonly historyTitle = viewChild<ElementRef<HTMLElement>>('historyTitle');
  private readonly combobox = viewChild(SkillComboboxComponent);

  protected readonly id = computed(() => `ref-${this.skill().skillId}`);
  protected readonly unavailable = computed(() => new Map([[this.skill().skillId, 'la compétence elle-même']]));
  protected readonly panel = signal<Panel | null>(null);
  protected readonly text = signal('');
  protected readonly target = signal<ChosenSkill | null>(null);
  protected readonly pending = signal(false);
  protected readonly fieldError = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly history = signal<History>({ kind: 'loading' });
  protected readonly historyLine = historyLine;
  protected readonly whenOf = whenOf;

  protected toggle(panel: Panel): void {
    this.message.set(null);
    this.fieldError.set(null);
    if (this.panel() === panel) {
      this.panel.set(null);
      return;
    }
    this.panel.set(panel);
    this.text.set(panel === 'rename' ? this.skill().label : '');
    this.target.set(null);
    if (panel === 'history') this.loadHistory();
    else afterNextRender(() => (panel === 'merge' ? this.combobox()?.focus() : this.field()?.nativeElement.focus()), { injector: this.injector });
  }

  protected rename(event: Event): void {
    event.preventDefault();
    const label = this.text().trim();
    if (label.length < 2) return this.refuse('Le libellé doit compter au moins 2 caractères.');
    if (label === this.skill().label) return this.refuse('Le libellé est inchangé.');
    const { skillId, version } = this.skill();
    this.send(this.store.rename(skillId, label, version), `« ${this.skill().label} » est renommée « ${label} ».`);
  }

  protected addSynonym(event: Event): void {
    event.preventDefault();
    const synonym = this.text().trim();
    if (!synonym) return this.refuse('Saisissez le synonyme à ajouter.');
    const { skillId, version } = this.skill();
    this.send(this.store.addSynonym(skillId, synonym, version), `Synonyme « ${synonym} » ajouté à « ${this.skill().label} ».`);
  }

  protected merge(event: Event): void {
    event.preventDefault();
    const target = this.target();
    if (!target) return this.refuse('Choisissez dans la liste la compétence qui reste.');
    const { skillId, version, label } = this.skill();
    this.send(this.store.merge(skillId, target.skillId, version), `« ${label} » est fusionnée dans « ${target.label} » : les déclarations des agents y sont reportées.`);
  }

  private send(command: Observable<CommandOutcome>, done: string): void {
    if (this.pending()) return;
    this.pending.set(true);
    this.fieldError.set(null);
    command.subscribe((outcome) => {
      this.pending.set(false);
      const feedback = feedbackOf(outcome, done, REFERENTIAL_FEEDBACK);
      if (feedback.kind === 'error') return this.refuse(feedback.text);
      this.panel.set(null);
      this.message.set(feedback.text);
      afterNextRender(() => this.result()?.nativeElement.focus(), { injector: this.injector });
    });
  }

  /** The reason next to the field, which keeps the focus: the admin corrects and sends again. */
  private refuse(reason: string): void {
    this.fieldError.set(reason);
    if (this.panel() === 'merge') this.combobox()?.focus();
    else this.field()?.nativeElement.focus();
  }

  private loadHistory(): void {
    this.history.set({ kind: 'loading' });
    this.api.skillHistory(this.skill().skillId).subscribe({
      next: (entries) => {
        this.history.set({ kind: 'loaded', entries });
        afterNextRender(() => this.historyTitle()?.nativeElement.focus(), { injector: this.injector });
      },
      error: () => this.history.set({ kind: 'failed' }),
    });
  }
}
