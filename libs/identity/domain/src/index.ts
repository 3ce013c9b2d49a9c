export { ACCOUNT_ROLES, accountDecider, accountStreamId, normaliseUsername } from './lib/account';
export type { AccountCommand, AccountEvent, AccountRole, AccountState } from './lib/account';
export { assertAcceptablePassword } from './lib/password-policy';
