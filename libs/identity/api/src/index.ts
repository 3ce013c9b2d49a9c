export { IdentityApiModule } from './lib/identity-api.module';
export type { AuthConfig } from './lib/auth-config';
