import { computed, inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of, tap } from 'rxjs';
import { loader } from '@maillage/shared/web-data-access';
import { commandOutcomeOf, CommandOutcome } from '@maillage/shared/web-util';
import { GovernanceApi } from './governance.api';
import { GOVERNANCE_LOAD_ERRORS } from './problem';
import type { DecisionRequest } from './privacy.model';

/** The comité de pilotage page: decision log, policy replay, aggregate figures, new decisions. */
@Injectable()
export class CommitteeStore {
  private readonly api = inject(GovernanceApi);
  private readonly decisionLog = loader((_: 'all') => this.api.decisions(), { errors: GOVERNANCE_LOAD_ERRORS });
  private readonly current = loader((_: 'now') => this.api.policy(), { errors: GOVERNANCE_LOAD_ERRORS });
  private readonly replay = loader((at: string | null) => this.api.policy(at), { errors: GOVERNANCE_LOAD_ERRORS });
  private readonly figureRows = loader((_: 'all') => this.api.figures(), { errors: GOVERNANCE_LOAD_ERRORS });

  /** Newest first (the API answers in the order they were recorded). */
  readonly decisions = computed(() => {
    const decisions = this.decisionLog.value();
    return decisions ? [...decisions].reverse() : null;
  });
  readonly decisionsError = this.decisionLog.error;
  /** What the log's status line says: loading, error, empty or ready. */
  readonly decisionsStatus = this.decisionLog.status;

  /** The policy in force today: the starting point of a new decision. */
  readonly currentPolicy = this.current.value;

  readonly replayedPolicy = this.replay.value;
  readonly replayLoading = this.replay.loading;
  readonly replayError = this.replay.error;

  readonly figures = this.figureRows.value;
  readonly figuresLoading = this.figureRows.loading;
  readonly figuresError = this.figureRows.error;

  loadDecisions(): void {
    this.decisionLog.load('all');
    this.current.load('now');
  }

  /** The policy as the decisions taken up to that day set it; null for today. */
  replayAt(at: string | null): void {
    this.replay.load(at);
  }

  loadFigures(): void {
    this.figureRows.load('all');
  }

  record(decision: DecisionRequest): Observable<CommandOutcome> {
    return this.api.recordDecision(decision).pipe(
      map((accepted): CommandOutcome => ({ kind: 'done', consistent: accepted.consistent })),
      catchError((error: unknown) => of(commandOutcomeOf(error))),
      tap((outcome) => {
        if (outcome.kind !== 'done') return;
        this.decisionLog.reload();
        this.current.reload();
        this.replay.reload();
      }),
    );
  }
}
