export { AgentOrgActionsComponent } from './agent-org-actions.component';
