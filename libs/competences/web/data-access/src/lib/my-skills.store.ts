import { inject, Injectable } from '@angular/core';
import type { MyDeclaredSkill } from '@maillage/competences/contracts';
import { catchError, map, Observable, of, tap } from 'rxjs';
import { loader } from '@maillage/shared/web-data-access';
import { commandOutcomeOf, CommandOutcome } from '@maillage/shared/web-util';
import { CompetencesApi } from './competences.api';
import type { CommandAccepted } from '@maillage/shared/contracts';
import type { SkillChanges, SkillDeclaration } from './competences.model';
import { COMPETENCES_COMMAND_ERRORS, COMPETENCES_LOAD_ERRORS } from './problem';

/** "Mes compétences": the agent's own declarations. Only the agent writes them. */
@Injectable()
export class MySkillsStore {
  private readonly api = inject(CompetencesApi);
  // Kept while reloading: the cards stay in place (and keep the focus) after a write.
  private readonly list = loader((_: 'me') => this.api.mySkills(), { keepWhileLoading: true, errors: COMPETENCES_LOAD_ERRORS });

  readonly skills = this.list.value;
  readonly loading = this.list.loading;
  readonly error = this.list.error;

  load(): void {
    this.list.load('me');
  }

  declare(declaration: SkillDeclaration): Observable<CommandOutcome> {
    return this.run(this.api.declare(declaration), () => this.list.reload());
  }

  change(skillId: string, changes: SkillChanges): Observable<CommandOutcome> {
    return this.run(this.api.change(skillId, changes), () => this.list.reload());
  }

  withdraw(skillId: string): Observable<CommandOutcome> {
    return this.run(this.api.withdraw(skillId), () => this.list.reload());
  }

  /** Whether the skill is already in the agent's list (the combobox says so rather than offering it). */
  has(skillId: string): boolean {
    return (this.skills() ?? []).some((skill: MyDeclaredSkill) => skill.skillId === skillId);
  }

  private run(command: Observable<CommandAccepted>, after: () => void): Observable<CommandOutcome> {
    return command.pipe(
      map((accepted): CommandOutcome => ({ kind: 'done', consistent: accepted.consistent })),
      catchError((error: unknown) => of(commandOutcomeOf(error, COMPETENCES_COMMAND_ERRORS))),
      tap((outcome) => {
        if (outcome.kind === 'done' || outcome.kind === 'refused' || outcome.kind === 'conflict') after();
      }),
    );
  }
}
