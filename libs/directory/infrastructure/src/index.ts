import { DirectoryProjection } from './lib/directory.projections';

export { DIRECTORY_MIGRATIONS } from './lib/directory.migration';
export { DirectoryProjection } from './lib/directory.projections';
export { DirectoryInfrastructureModule } from './lib/directory-infrastructure.module';
export { foldForSearch } from './lib/search-text';
export { PostgresDirectoryReadModel } from './lib/postgres-directory-read-model';

export const directoryProjections = () => [new DirectoryProjection()];
export * from './lib/import';
export { DIRECTORY_PUBLISHES, DirectoryPublisher, publishedOf } from './lib/published/directory-publisher';
