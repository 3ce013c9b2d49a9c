export { SkillsHomePageComponent } from './skills-home-page.component';
