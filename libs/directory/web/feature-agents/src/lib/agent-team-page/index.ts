export { AgentTeamPageComponent } from './agent-team-page.component';
