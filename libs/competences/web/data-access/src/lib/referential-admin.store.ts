import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of, tap } from 'rxjs';
import { loader } from '@maillage/shared/web-data-access';
import { commandOutcomeOf, CommandOutcome } from '@maillage/shared/web-util';
import { CompetencesApi } from './competences.api';
import type { CommandAccepted } from '@maillage/shared/contracts';
import type { NewReferentialSkill } from './competences.model';
import { COMPETENCES_COMMAND_ERRORS, COMPETENCES_LOAD_ERRORS } from './problem';

/** "Référentiel des compétences" (admins): the skills, merged ones included, and the commands on them. */
@Injectable()
export class ReferentialAdminStore {
  private readonly api = inject(CompetencesApi);
  // Kept while reloading: the cards stay in place, with the focus on their result message.
  private readonly list = loader((_: 'all') => this.api.referential(), { keepWhileLoading: true, errors: COMPETENCES_LOAD_ERRORS });

  readonly skills = this.list.value;
  readonly loading = this.list.loading;
  readonly error = this.list.error;

  load(): void {
    this.list.load('all');
  }

  define(skill: NewReferentialSkill): Observable<CommandOutcome> {
    return this.run(this.api.defineSkill(skill));
  }

  rename(skillId: string, label: string, version: number): Observable<CommandOutcome> {
    return this.run(this.api.renameSkill(skillId, label, version));
  }

  addSynonym(skillId: string, synonym: string, version: number): Observable<CommandOutcome> {
    return this.run(this.api.addSynonym(skillId, synonym, version));
  }

  merge(skillId: string, intoSkillId: string, version: number): Observable<CommandOutcome> {
    return this.run(this.api.mergeSkill(skillId, intoSkillId, version));
  }

  /** A refusal reloads too: after a 409 the admin must see what changed before trying again. */
  private run(command: Observable<CommandAccepted>): Observable<CommandOutcome> {
    return command.pipe(
      map((accepted): CommandOutcome => ({ kind: 'done', consistent: accepted.consistent })),
      catchError((error: unknown) => of(commandOutcomeOf(error, COMPETENCES_COMMAND_ERRORS))),
      tap((outcome) => {
        if (outcome.kind !== 'failed' && outcome.kind !== 'forbidden') this.list.reload();
      }),
    );
  }
}
