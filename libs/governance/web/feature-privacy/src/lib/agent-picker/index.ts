export { AgentPickerComponent } from './agent-picker.component';
