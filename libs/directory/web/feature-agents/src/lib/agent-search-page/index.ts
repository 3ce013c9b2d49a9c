export { AgentSearchPageComponent } from './agent-search-page.component';
