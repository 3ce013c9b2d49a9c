export { DirectoryApiModule } from './lib/directory-api.module';
export { DirectoryImportModule } from './lib/import';
