export { CompetencesApiModule } from './lib/competences-api.module';
