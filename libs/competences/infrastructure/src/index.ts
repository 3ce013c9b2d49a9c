import { CompetencesProjection } from './lib/competences.projection';

export { COMPETENCES_MIGRATIONS } from './lib/competences.migration';
export { CompetencesProjection } from './lib/competences.projection';
export { CompetencesInfrastructureModule } from './lib/competences-infrastructure.module';
export { PostgresCompetencesReadModel } from './lib/postgres-competences-read-model';

export const competencesProjections = () => [new CompetencesProjection()];
