import { inject, Injectable } from '@angular/core';
import { loader } from '@maillage/shared/web-data-access';
import { GovernanceApi } from './governance.api';
import { GOVERNANCE_LOAD_ERRORS } from './problem';
import type { AuditCriteria } from './privacy.model';

/** HR's search of the read audit trail. */
@Injectable()
export class AuditSearchStore {
  private readonly api = inject(GovernanceApi);
  private readonly results = loader((criteria: AuditCriteria) => this.api.audit(criteria), { keepWhileLoading: true, errors: GOVERNANCE_LOAD_ERRORS });

  readonly entries = this.results.value;
  readonly loading = this.results.loading;
  readonly error = this.results.error;
  /** The criteria the entries answer (the limit, to say when it was reached). */
  readonly criteria = this.results.key;

  search(criteria: AuditCriteria): void {
    this.results.load(criteria);
  }

  retry(): void {
    this.results.reload();
  }
}
