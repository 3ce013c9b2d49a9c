import { ChangePasswordHandler } from './lib/change-password/change-password.handler';
import { CreateAccountHandler } from './lib/create-account/create-account.handler';

export * from './lib/ports';
export { LoginService } from './lib/login/login.service';
export { PasswordAttempts } from './lib/password-attempts/password-attempts';
export { accountKey, addressKey, secondsToWait } from './lib/password-attempts/throttling-rule';
export type { AttemptCounter } from './lib/password-attempts/throttling-rule';
export { CreateAccountCommand } from './lib/create-account/create-account.command';
export { ChangePasswordCommand } from './lib/change-password/change-password.command';
export { ACCOUNT_EVENTS, evolveAccountRecord } from './lib/accounts/account.projection';

export const IDENTITY_HANDLERS = [CreateAccountHandler, ChangePasswordHandler];
