import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { COMPETENCES_HANDLERS, COMPETENCES_READ_MODEL, GetSkillHistoryHandler, STAFFING_READ_MODEL, SearchSkillHoldersHandler, TeamBuilder } from '@maillage/competences/application';
import { CompetencesPersonalData } from './personal-data/competences-personal-data';
import { PostgresCompetencesReadModel } from './postgres-competences-read-model';
import { PostgresStaffingReadModel } from './postgres-staffing-read-model';

@Module({
  imports: [CqrsModule],
  providers: [
    ...COMPETENCES_HANDLERS,
    GetSkillHistoryHandler,
    SearchSkillHoldersHandler,
    PostgresCompetencesReadModel,
    { provide: COMPETENCES_READ_MODEL, useExisting: PostgresCompetencesReadModel },
    { provide: STAFFING_READ_MODEL, useClass: PostgresStaffingReadModel },
    TeamBuilder,
    CompetencesPersonalData,
  ],
  exports: [COMPETENCES_READ_MODEL, PostgresCompetencesReadModel, TeamBuilder],
})
export class CompetencesInfrastructureModule {}
