export { MySkillsPageComponent } from './my-skills-page.component';
