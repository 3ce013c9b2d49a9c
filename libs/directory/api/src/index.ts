export { DirectoryApiModule } from './lib/directory-api.module';
