import { inject, Injectable } from '@angular/core';
import { Observable, tap } from 'rxjs';
import { AgentProfileStore } from './agent-profile.store';
import { AgentChanges, DirectoryApi } from './directory.api';
import { keyedLoader } from './keyed-loader';
import { CommandOutcome } from './problem';

/**
 * The HR record of the fiche's agent (role hr only). Provide it next to
 * AgentProfileStore: saving goes through the profile, whose version guards the edit.
 */
@Injectable()
export class AgentHrStore {
  private readonly api = inject(DirectoryApi);
  private readonly profile = inject(AgentProfileStore);
  private readonly loader = keyedLoader((id) => this.api.getHrRecord(id));

  readonly record = this.loader.value;
  readonly loading = this.loader.loading;
  readonly loadError = this.loader.error;

  load(agentId: string): void {
    this.loader.load(agentId);
  }

  save(changes: AgentChanges): Observable<CommandOutcome> {
    return this.profile.save(changes).pipe(
      tap((outcome) => {
        if (outcome.kind === 'done' || outcome.kind === 'conflict') this.loader.reload();
      }),
    );
  }
}
