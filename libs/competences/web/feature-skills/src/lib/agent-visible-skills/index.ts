export { AgentVisibleSkillsComponent } from './agent-visible-skills.component';
