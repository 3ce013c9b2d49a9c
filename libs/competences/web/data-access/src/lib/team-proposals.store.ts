import { inject, Injectable, signal } from '@angular/core';
import type { TeamBuilderRequest, TeamProposalSet } from '@maillage/competences/contracts';
import { loader } from '@maillage/shared/web-data-access';
import { problemOf } from '@maillage/shared/web-util';
import { CompetencesApi } from './competences.api';
import { COMPETENCES_LOAD_ERRORS } from './problem';

/** Why no proposal came back. `unavailable`: the API does not offer the team builder (yet). */
export type ProposeFailure =
  | { readonly kind: 'refused'; readonly detail: string | null }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'failed' };

function proposeFailureOf(error: unknown): ProposeFailure {
  const { status, code, detail } = problemOf(error);
  if (status === 404) return code?.startsWith('COMPETENCES.') ? { kind: 'refused', detail } : { kind: 'unavailable' };
  if (status === 400) return { kind: 'refused', detail: null };
  if (status === 409 || status === 422) return { kind: 'refused', detail };
  return status === 403 ? { kind: 'forbidden' } : { kind: 'failed' };
}

/** The team builder's answers: a new set of three proposals, or a saved one opened by its link. */
@Injectable()
export class TeamProposalsStore {
  private readonly api = inject(CompetencesApi);
  private readonly saved = loader((id: string) => this.api.proposalSet(id), { errors: COMPETENCES_LOAD_ERRORS });
  private readonly proposed = signal<TeamProposalSet | null>(null);
  private readonly pendingRequest = signal(false);
  private readonly failure = signal<ProposeFailure | null>(null);

  /** The set just proposed (already saved by the server). */
  readonly set = this.proposed.asReadonly();
  readonly pending = this.pendingRequest.asReadonly();
  readonly proposeFailure = this.failure.asReadonly();

  readonly savedSet = this.saved.value;
  readonly savedLoading = this.saved.loading;
  readonly savedError = this.saved.error;

  propose(request: TeamBuilderRequest): void {
    if (this.pendingRequest()) return;
    this.pendingRequest.set(true);
    this.failure.set(null);
    this.api.proposeTeams(request).subscribe({
      next: (set) => {
        this.pendingRequest.set(false);
        this.proposed.set(set);
      },
      error: (error: unknown) => {
        this.pendingRequest.set(false);
        this.failure.set(proposeFailureOf(error));
      },
    });
  }

  open(id: string): void {
    this.saved.load(id);
  }

  reopen(): void {
    this.saved.reload();
  }
}
