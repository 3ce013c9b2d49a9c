export { agentsRoutes } from './lib/agents.routes';
