import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, linkedSignal, output, signal, viewChild } from '@angular/core';
import type { MyDeclaredSkill, SkillLevel, SkillScope } from '@maillage/competences/contracts';
import { MySkillsStore, SkillChanges } from '@maillage/competences/web/data-access';
import { Feedback, feedbackOf } from '@maillage/shared/web-util';
import { FeedbackComponent } from '@maillage/shared/web-ui';
import { COMPETENCES_FEEDBACK } from '../shared/feedback';
import { LEVELS, levelFromValue, levelLabel, NO_LEVEL_LABEL } from '../labels/skill-labels';
import { ScopeChoiceComponent } from './scope-choice.component';

interface Saved {
  readonly level: SkillLevel | null;
  readonly wishesToDevelop: boolean;
  readonly scope: SkillScope;
}

const sameSaved = (a: Saved, b: Saved) => a.level === b.level && a.wishesToDevelop === b.wishesToDevelop && a.scope === b.scope;

/** One declared skill: its level, the wish to develop it and who sees it, saved together; or withdrawn. */
@Component({
  selector: 'mlg-declared-skill-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FeedbackComponent, ScopeChoiceComponent],
  templateUrl: './declared-skill-card.component.html',
  styleUrl: './my-skills.css',
})
export class DeclaredSkillCardComponent {
  readonly skill = input.required<MyDeclaredSkill>();
  /** After a withdrawal: the page moves the focus and says so. */
  readonly withdrawn = output<string>();

  private readonly store = inject(MySkillsStore);
  private readonly injector = inject(Injector);
  private readonly confirmButton = viewChild<ElementRef<HTMLButtonElement>>('confirm');
  private readonly withdrawButton = viewChild<ElementRef<HTMLButtonElement>>('withdraw');
  protected readonly levels = LEVELS;
  protected readonly levelLabel = levelLabel;
  protected readonly noLevel = NO_LEVEL_LABEL;
  protected readonly id = computed(() => `my-skill-${this.skill().skillId}`);

  // Equal by content: a reload after another card's save leaves this card's unsaved choices alone.
  private readonly saved = computed<Saved>(
    () => {
      const { level, wishesToDevelop, scope } = this.skill();
      return { level, wishesToDevelop, scope };
    },
    { equal: sameSaved },
  );
  protected readonly level = linkedSignal(() => this.saved().level);
  protected readonly wishesToDevelop = linkedSignal(() => this.saved().wishesToDevelop);
  protected readonly scope = linkedSignal(() => this.saved().scope);
  private readonly changes = computed((): SkillChanges => {
    const saved = this.saved();
    return {
      ...(this.level() !== saved.level ? { level: this.level() } : {}),
      ...(this.wishesToDevelop() !== saved.wishesToDevelop ? { wishesToDevelop: this.wishesToDevelop() } : {}),
      ...(this.scope() !== saved.scope ? { scope: this.scope() } : {}),
    };
  });
  protected readonly dirty = computed(() => Object.keys(this.changes()).length > 0);
  protected readonly pending = signal(false);
  protected readonly confirming = signal(false);
  protected readonly feedback = signal<Feedback | null>(null);

  protected chooseLevel(value: string): void {
    this.feedback.set(null);
    this.level.set(levelFromValue(value));
  }

  protected chooseScope(scope: SkillScope): void {
    this.feedback.set(null);
    this.scope.set(scope);
  }

  protected save(event: Event): void {
    event.preventDefault();
    if (this.pending() || !this.dirty()) return;
    this.pending.set(true);
    this.feedback.set(null);
    this.store.change(this.skill().skillId, this.changes()).subscribe((outcome) => {
      this.pending.set(false);
      this.feedback.set(feedbackOf(outcome, `Vos choix pour « ${this.skill().label} » sont enregistrés.`, COMPETENCES_FEEDBACK));
    });
  }

  protected askWithdrawal(): void {
    this.confirming.set(true);
    afterNextRender(() => this.confirmButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelWithdrawal(): void {
    this.confirming.set(false);
    afterNextRender(() => this.withdrawButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected withdraw(): void {
    if (this.pending()) return;
    this.pending.set(true);
    const label = this.skill().label;
    this.store.withdraw(this.skill().skillId).subscribe((outcome) => {
      this.pending.set(false);
      if (outcome.kind === 'done') {
        this.withdrawn.emit(label);
        return;
      }
      this.confirming.set(false);
      this.feedback.set(feedbackOf(outcome, '', COMPETENCES_FEEDBACK));
    });
  }
}
