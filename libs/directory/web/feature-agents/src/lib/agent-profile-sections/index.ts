export { AgentProfileSectionsComponent } from './agent-profile-sections.component';
