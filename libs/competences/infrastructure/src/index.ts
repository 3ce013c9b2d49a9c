import { CompetencesOrganisationProjection } from './lib/organisation-copy/organisation-copy.projection';
import { CompetencesProjection } from './lib/competences.projection';

export { COMPETENCES_MIGRATIONS } from './lib/competences.migration';
export { CompetencesProjection } from './lib/competences.projection';
export { CompetencesInfrastructureModule } from './lib/competences-infrastructure.module';
export { PostgresCompetencesReadModel } from './lib/postgres-competences-read-model';

export { CompetencesOrganisationProjection } from './lib/organisation-copy/organisation-copy.projection';

export const competencesProjections = () => [new CompetencesProjection()];
/** Competences' projections of the directory's published events. */
export const competencesDirectoryConsumers = () => [new CompetencesOrganisationProjection()];
