export { AgentHrSectionComponent } from './agent-hr-section.component';
export { AgentSensitiveSectionComponent } from './agent-sensitive-section.component';
