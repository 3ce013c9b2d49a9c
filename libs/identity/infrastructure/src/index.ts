import { AccountsProjection } from './lib/accounts.projection';

export { IDENTITY_MIGRATIONS } from './lib/identity.migration';
export { AccountsProjection } from './lib/accounts.projection';
export { IdentityInfrastructureModule } from './lib/identity-infrastructure.module';
export { ARGON2_OPTIONS, Argon2PasswordHasher } from './lib/argon2-password-hasher';

export const identityProjections = () => [new AccountsProjection()];
