export { AgentHierarchyComponent } from './agent-hierarchy.component';
