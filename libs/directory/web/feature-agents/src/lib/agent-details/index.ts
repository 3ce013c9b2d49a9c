export { AgentDetailsComponent } from './agent-details.component';
