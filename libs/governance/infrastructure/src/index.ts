import { GovernanceOrganisationProjection } from './lib/reporting-lines/reporting-lines.projection';
import { GovernanceProjection } from './lib/governance.projection';

export { GOVERNANCE_MIGRATIONS } from './lib/governance.migration';
export { GovernanceInfrastructureModule } from './lib/governance-infrastructure.module';
export type { GovernanceConfig } from './lib/governance-infrastructure.module';
export { GovernanceProjection } from './lib/governance.projection';
export { PolicyRedactor } from './lib/policy-redactor';
export { GovernanceOrganisationRelations } from './lib/reporting-lines/organisation-relations';
export type { OrganisationRelation, OrganisationRelations } from './lib/reporting-lines/organisation-relations';
export { GovernanceOrganisationProjection } from './lib/reporting-lines/reporting-lines.projection';
export { GovernanceQueries } from './lib/governance-queries';
export type { AuditSearch, ViewRecord } from './lib/governance-queries';
export { AuditTrail } from './lib/audit-trail';
export { chainEntries, chainHash } from './lib/audit-chain';
export type { AuditEntry } from './lib/audit-chain';
export { purgeAuditBefore, verifyAuditChain } from './lib/audit-verification';
export type { AuditCheckpoint, AuditVerification } from './lib/audit-verification';

export const governanceProjections = () => [new GovernanceProjection()];
/** Governance's projections of the directory's published events. */
export const governanceDirectoryConsumers = () => [new GovernanceOrganisationProjection()];
