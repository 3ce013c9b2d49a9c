export { AgentCardComponent } from './agent-card.component';
