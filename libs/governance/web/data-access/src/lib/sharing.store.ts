import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { catchError, forkJoin, map, Observable, of, tap } from 'rxjs';
import { loader } from '@maillage/shared/web-data-access';
import { commandOutcomeOf, CommandOutcome } from '@maillage/shared/web-util';
import { GovernanceApi } from './governance.api';
import { GOVERNANCE_LOAD_ERRORS } from './problem';
import { PrivacyApi } from './privacy.api';
import { AgentChosenField, ChoosableAudience } from './privacy.model';
import { allowedAudiences, chosenAudiences, sameAudiences } from './sharing';

/** "Mes choix de partage": the agent's choices and the committee's policy they sit within. */
@Injectable()
export class SharingStore {
  private readonly privacy = inject(PrivacyApi);
  private readonly governance = inject(GovernanceApi);
  private readonly state = loader((_: 'me') => forkJoin({ choices: this.privacy.sharing(), policy: this.governance.policy() }), { errors: GOVERNANCE_LOAD_ERRORS });
  /** Choices saved on this page: the other field's unsaved ticks survive a save. */
  private readonly saved = signal<Partial<Record<AgentChosenField, readonly ChoosableAudience[]>>>({});

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly policy = computed(() => this.state.value()?.policy ?? null);
  readonly loaded = computed(() => this.state.value() !== null);

  load(): void {
    this.saved.set({});
    this.state.load('me');
  }

  // One signal per field, equal by content: saving one field leaves the other's unsaved ticks alone.
  private readonly chosenByField = this.perField((field) => this.saved()[field] ?? chosenAudiences(this.state.value()?.choices ?? [], field));
  private readonly allowedByField = this.perField((field) => allowedAudiences(this.policy()?.rules ?? [], field));

  /** What the agent has chosen so far (nobody else, by default). */
  chosen(field: AgentChosenField): Signal<readonly ChoosableAudience[]> {
    return this.chosenByField[field];
  }

  /** The committee's ceiling for the field. */
  allowed(field: AgentChosenField): Signal<readonly ChoosableAudience[]> {
    return this.allowedByField[field];
  }

  save(field: AgentChosenField, audiences: readonly ChoosableAudience[]): Observable<CommandOutcome> {
    return this.privacy.chooseSharing(field, audiences).pipe(
      map((accepted): CommandOutcome => ({ kind: 'done', consistent: accepted.consistent })),
      catchError((error: unknown) => of(commandOutcomeOf(error))),
      tap((outcome) => {
        if (outcome.kind === 'done') this.saved.update((saved) => ({ ...saved, [field]: audiences }));
      }),
    );
  }

  private perField(read: (field: AgentChosenField) => readonly ChoosableAudience[]): Record<AgentChosenField, Signal<readonly ChoosableAudience[]>> {
    return {
      diplomas: computed(() => read('diplomas'), { equal: sameAudiences }),
      experience: computed(() => read('experience'), { equal: sameAudiences }),
    };
  }
}
