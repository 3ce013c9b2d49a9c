import { ChangePasswordHandler } from './lib/change-password/change-password.handler';
import { CreateAccountHandler } from './lib/create-account/create-account.handler';
import { DisableAccountHandler, ReenableAccountHandler, SetAccountRolesHandler } from './lib/administer-account/administer-account.handlers';
import { ResetPasswordHandler } from './lib/reset-password/reset-password.handler';

export * from './lib/ports';
export { LoginService } from './lib/login/login.service';
export { PasswordAttempts } from './lib/password-attempts/password-attempts';
export { accountKey, addressKey, secondsToWait } from './lib/password-attempts/throttling-rule';
export type { AttemptCounter } from './lib/password-attempts/throttling-rule';
export { CreateAccountCommand } from './lib/create-account/create-account.command';
/** Exported for the `account:create` CLI, which runs it without Nest. */
export { CreateAccountHandler };
export { ChangePasswordCommand } from './lib/change-password/change-password.command';
export { ACCOUNT_EVENTS, evolveAccountRecord } from './lib/accounts/account.projection';

export { DisableAccountCommand, ReenableAccountCommand, SetAccountRolesCommand } from './lib/administer-account/administer-account.commands';
export { ResetPasswordCommand } from './lib/reset-password/reset-password.command';
export { generateOneTimePassword } from './lib/one-time-password/one-time-password';

export const IDENTITY_HANDLERS = [
  CreateAccountHandler,
  ChangePasswordHandler,
  ResetPasswordHandler,
  DisableAccountHandler,
  ReenableAccountHandler,
  SetAccountRolesHandler,
];
