export { AgentListPickerComponent } from './agent-list-picker.component';
