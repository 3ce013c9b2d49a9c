export { AgentEditFormComponent } from './agent-edit-form.component';
