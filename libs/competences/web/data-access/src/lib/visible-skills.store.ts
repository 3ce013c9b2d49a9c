import { inject, Injectable } from '@angular/core';
import { loader } from '@maillage/shared/web-data-access';
import { CompetencesApi } from './competences.api';
import { COMPETENCES_LOAD_ERRORS } from './problem';

/** The skills an agent shares with the viewer, for their fiche. */
@Injectable()
export class VisibleSkillsStore {
  private readonly api = inject(CompetencesApi);
  private readonly list = loader((agentId: string) => this.api.agentSkills(agentId), { errors: COMPETENCES_LOAD_ERRORS });

  readonly skills = this.list.value;
  readonly loading = this.list.loading;
  readonly error = this.list.error;

  load(agentId: string): void {
    this.list.load(agentId);
  }

  reload(): void {
    this.list.reload();
  }
}
