export { SkillSearchPageComponent } from './skill-search-page.component';
