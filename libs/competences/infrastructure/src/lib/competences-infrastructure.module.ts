import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { COMPETENCES_HANDLERS, COMPETENCES_READ_MODEL } from '@maillage/competences/application';
import { PostgresCompetencesReadModel } from './postgres-competences-read-model';

@Module({
  imports: [CqrsModule],
  providers: [...COMPETENCES_HANDLERS, PostgresCompetencesReadModel, { provide: COMPETENCES_READ_MODEL, useExisting: PostgresCompetencesReadModel }],
  exports: [COMPETENCES_READ_MODEL, PostgresCompetencesReadModel],
})
export class CompetencesInfrastructureModule {}
