export { AgentProfilePageComponent } from './agent-profile-page.component';
