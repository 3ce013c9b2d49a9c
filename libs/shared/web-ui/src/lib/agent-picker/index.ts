export { AgentSearchComponent } from './agent-search.component';
export { AgentPickerComponent } from './agent-picker.component';
export { AgentListPickerComponent } from './agent-list-picker.component';
export { agentDetail, agentOptionOf, MAX_AGENT_CHOICES, type AgentOption, type AgentSearch } from './agent-option';
