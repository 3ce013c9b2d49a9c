import { computed, inject, Injectable } from '@angular/core';
import { loader } from '@maillage/shared/web-data-access';
import { GOVERNANCE_LOAD_ERRORS } from './problem';
import { PrivacyApi } from './privacy.api';

/** A profile's "Journal des modifications", newest first. */
@Injectable()
export class ProfileChangesStore {
  private readonly api = inject(PrivacyApi);
  private readonly changesLoader = loader((agentId: string) => this.api.changes(agentId), { errors: GOVERNANCE_LOAD_ERRORS });

  // The API answers in log order; reversed rather than sorted by time, so changes made
  // by one command (same instant) keep their order.
  readonly changes = computed(() => {
    const changes = this.changesLoader.value();
    return changes ? [...changes].reverse() : null;
  });
  readonly loading = this.changesLoader.loading;
  /** What the page shows: loading, error, empty or ready. */
  readonly status = this.changesLoader.status;
  /** `unavailable`: the API does not offer the journal (yet). */
  readonly error = this.changesLoader.error;

  load(agentId: string): void {
    this.changesLoader.load(agentId);
  }

  reload(): void {
    this.changesLoader.reload();
  }
}
