export { ACCOUNT_ROLES, accountDecider, accountStreamId, normaliseUsername } from './lib/account';
export type { AccountCommand, AccountEvent, AccountRole, AccountState } from './lib/account';
export { assertAcceptablePassword } from './lib/password-policy';
export { IDENTITY_EVENT_TYPES, IDENTITY_EVENT_VERSIONS, identityStoredEvents } from './lib/identity.stored-events';
export type { IdentityStoredEvents } from './lib/identity.stored-events';
