export { SKILLS_ROUTES } from './lib/skills.routes';
export { AgentVisibleSkillsComponent } from './lib/agent-visible-skills';
