import { AgentDirectoryProjection, OrgUnitsProjection } from './lib/directory.projections';

export { DIRECTORY_MIGRATIONS } from './lib/directory.migration';
export { DIRECTORY_ENTITIES } from './lib/directory.entities';
export { AgentDirectoryProjection, OrgUnitsProjection } from './lib/directory.projections';
export { DirectoryInfrastructureModule } from './lib/directory-infrastructure.module';
export { foldForSearch } from './lib/search-text';

export const directoryProjections = () => [new OrgUnitsProjection(), new AgentDirectoryProjection()];
