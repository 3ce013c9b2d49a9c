import { inject, Injectable } from '@angular/core';
import type { AgentProfile } from '@maillage/directory/contracts';
import type { CommandAccepted } from '@maillage/shared/contracts';
import { catchError, map, Observable, of, tap } from 'rxjs';
import { loader } from '@maillage/shared/web-data-access';
import { commandOutcomeOf, CommandOutcome, LoadError } from '@maillage/shared/web-util';
import { AgentChanges, DirectoryApi, ListedStatus } from './directory.api';

export type ProfileLoadError = LoadError;

/**
 * One fiche agent: the profile and its place in the hierarchy, and the commands that
 * change them. Provide it in the component that shows the profile.
 */
@Injectable()
export class AgentProfileStore {
  private readonly api = inject(DirectoryApi);
  private readonly profileLoader = loader((id: string) => this.api.getAgent(id));
  private readonly hierarchyLoader = loader((id: string) => this.api.getHierarchy(id));

  readonly profile = this.profileLoader.value;
  readonly loading = this.profileLoader.loading;
  readonly loadError = this.profileLoader.error;
  readonly hierarchy = this.hierarchyLoader.value;
  readonly hierarchyError = this.hierarchyLoader.error;

  load(id: string): void {
    this.profileLoader.load(id);
    this.hierarchyLoader.load(id);
  }

  reload(): void {
    this.profileLoader.reload();
    this.hierarchyLoader.reload();
  }

  /** Sends only the changed fields, with the version the user was looking at. */
  save(changes: AgentChanges): Observable<CommandOutcome> {
    return this.run((agent) => this.api.updateAgent(agent.id, agent.version, changes));
  }

  assignManager(managerId: string | null): Observable<CommandOutcome> {
    return this.run((agent) => this.api.assignManager(agent.id, agent.version, managerId));
  }

  moveToUnit(unitId: string): Observable<CommandOutcome> {
    return this.run((agent) => this.api.moveToUnit(agent.id, agent.version, unitId));
  }

  changeStatus(status: ListedStatus): Observable<CommandOutcome> {
    return this.run((agent) => this.api.changeStatus(agent.id, agent.version, status));
  }

  recordDeparture(departedOn: string): Observable<CommandOutcome> {
    return this.run((agent) => this.api.recordDeparture(agent.id, agent.version, departedOn));
  }

  /**
   * After a command, and after a conflict (someone else changed the fiche meanwhile),
   * the fiche and the hierarchy are reloaded: the user starts again from what is true now.
   */
  private run(send: (agent: AgentProfile) => Observable<CommandAccepted>): Observable<CommandOutcome> {
    const agent = this.profile();
    if (!agent) return of({ kind: 'failed' });
    return send(agent).pipe(
      map((accepted): CommandOutcome => ({ kind: 'done', consistent: accepted.consistent })),
      catchError((error: unknown) => of(commandOutcomeOf(error))),
      tap((outcome) => {
        if (outcome.kind === 'done' || outcome.kind === 'conflict') this.reload();
      }),
    );
  }
}
