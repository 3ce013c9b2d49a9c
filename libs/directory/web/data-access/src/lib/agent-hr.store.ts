import { inject, Injectable } from '@angular/core';
import { Observable, tap } from 'rxjs';
import { loader } from '@maillage/shared/web-data-access';
import type { CommandOutcome } from '@maillage/shared/web-util';
import { AgentProfileStore } from './agent-profile.store';
import { AgentChanges, DirectoryApi } from './directory.api';

/**
 * The HR record of the fiche's agent (role hr only). Provide it next to
 * AgentProfileStore: saving goes through the profile, whose version guards the edit.
 */
@Injectable()
export class AgentHrStore {
  private readonly api = inject(DirectoryApi);
  private readonly profile = inject(AgentProfileStore);
  private readonly recordLoader = loader((id: string) => this.api.getHrRecord(id));

  readonly record = this.recordLoader.value;
  readonly loading = this.recordLoader.loading;
  readonly loadError = this.recordLoader.error;

  load(agentId: string): void {
    this.recordLoader.load(agentId);
  }

  save(changes: AgentChanges): Observable<CommandOutcome> {
    return this.profile.save(changes).pipe(
      tap((outcome) => {
        if (outcome.kind === 'done' || outcome.kind === 'conflict') this.recordLoader.reload();
      }),
    );
  }
}
