import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { GOVERNED_FIELDS, GovernedField } from '@maillage/governance/contracts';
import {
  allowedAudiences,
  CHOOSABLE_AUDIENCES,
  ChoosableAudience,
  CommitteeStore,
  DECISION_LIMITS,
  DecisionDraft,
  decisionDraftErrors,
  DecisionDraftErrors,
  DecisionDraftField,
  decisionRequestOf,
} from '@maillage/governance/web/data-access';
import { Feedback, feedbackOf } from '@maillage/shared/web-util';
import { FeedbackComponent } from '@maillage/shared/web-ui';
import { RULE_LABELS } from '../labels/audience-labels';
import { capitalized, fieldLabel } from '../labels/field-labels';
import { ruleText } from '../rules-table/rule-text';
import { GOVERNANCE_FEEDBACK } from '../shared/feedback';
import { todayIso } from './today';

type TextField = 'title' | 'participants' | 'rationale';
const ORDER: readonly DecisionDraftField[] = ['decidedOn', 'title', 'participants', 'rationale', 'rules'];
const EMPTY: Readonly<Record<TextField, string>> = { title: '', participants: '', rationale: '' };

/**
 * Records a committee decision: the only way a visibility rule changes. Each field's
 * rule starts from the policy in force; only the fields ticked are part of the decision.
 */
@Component({
  selector: 'mlg-decision-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FeedbackComponent],
  templateUrl: './decision-form.component.html',
  styleUrl: './decision-form.component.css',
})
export class DecisionFormComponent {
  private readonly store = inject(CommitteeStore);
  private readonly injector = inject(Injector);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly titleHeading = viewChild.required<ElementRef<HTMLElement>>('formTitle');

  protected readonly fields = GOVERNED_FIELDS;
  protected readonly audiences = CHOOSABLE_AUDIENCES;
  protected readonly audienceLabels = RULE_LABELS;
  protected readonly limits = DECISION_LIMITS;
  protected readonly decidedOn = signal(todayIso());
  protected readonly text = signal<Readonly<Record<TextField, string>>>(EMPTY);
  protected readonly rules = signal<Partial<Record<GovernedField, readonly ChoosableAudience[]>>>({});
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly feedback = signal<Feedback | null>(null);

  private readonly draft = computed(
    (): DecisionDraft => ({ ...this.text(), decidedOn: this.decidedOn(), rules: this.rules() }),
  );
  private readonly allErrors = computed(() => decisionDraftErrors(this.draft()));
  /** Shown once the user tried to submit, not while they type. */
  protected readonly errors = computed((): DecisionDraftErrors => (this.submitted() ? this.allErrors() : {}));
  protected readonly errorList = computed(() => ORDER.flatMap((field) => (this.errors()[field] ? [this.errors()[field] as string] : [])));

  protected label(field: GovernedField): string {
    return capitalized(fieldLabel(field));
  }

  protected currentRule(field: GovernedField): string {
    const rule = this.store.currentPolicy()?.rules.find((r) => r.field === field);
    return rule ? ruleText(rule) : 'inconnue';
  }

  protected isSet(field: GovernedField): boolean {
    return this.rules()[field] !== undefined;
  }

  protected isTicked(field: GovernedField, audience: ChoosableAudience): boolean {
    return this.rules()[field]?.includes(audience) ?? false;
  }

  protected setText(field: TextField, value: string): void {
    this.text.update((text) => ({ ...text, [field]: value }));
  }

  /** Ticking a field starts its rule from the policy in force, so only the intended change is made. */
  protected include(field: GovernedField, included: boolean): void {
    this.rules.update((rules) => {
      const next = { ...rules };
      if (included) next[field] = allowedAudiences(this.store.currentPolicy()?.rules ?? [], field);
      else delete next[field];
      return next;
    });
  }

  protected tick(field: GovernedField, audience: ChoosableAudience, checked: boolean): void {
    this.rules.update((rules) => {
      const current = rules[field] ?? [];
      return { ...rules, [field]: checked ? [...current, audience] : current.filter((a) => a !== audience) };
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    this.feedback.set(null);
    if (this.pending()) return;
    const errors = this.allErrors();
    const first = ORDER.find((field) => errors[field]);
    if (first) {
      this.focus(first === 'rules' ? 'decision-rules' : `decision-${first}`);
      return;
    }
    this.pending.set(true);
    this.store.record(decisionRequestOf(this.draft())).subscribe((outcome) => {
      this.pending.set(false);
      this.feedback.set(feedbackOf(outcome, 'La décision a été enregistrée. La politique de visibilité est à jour.', GOVERNANCE_FEEDBACK));
      if (outcome.kind !== 'done') return;
      this.submitted.set(false);
      this.decidedOn.set(todayIso());
      this.text.set(EMPTY);
      this.rules.set({});
      afterNextRender(() => this.titleHeading().nativeElement.focus(), { injector: this.injector });
    });
  }

  private focus(id: string): void {
    // By id: aria-invalid marks render at the next change detection, the element exists already.
    this.host.nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}
