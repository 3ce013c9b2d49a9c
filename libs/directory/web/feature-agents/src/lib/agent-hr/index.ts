export { AgentHrSectionComponent } from './agent-hr-section.component';
