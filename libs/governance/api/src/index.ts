export { GovernanceApiModule } from './lib/governance-api.module';
