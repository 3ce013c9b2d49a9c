export { DirectoryImportModule } from './directory-import.module';
