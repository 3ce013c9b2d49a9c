import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import {
  ACCOUNT_DIRECTORY,
  IDENTITY_HANDLERS,
  LOGIN_THROTTLE,
  LoginService,
  PASSWORD_HASHER,
  PasswordAttempts,
  REFRESH_SESSIONS,
} from '@maillage/identity/application';
import { Argon2PasswordHasher } from './argon2-password-hasher';
import { IdentityPersonalData } from './identity-personal-data';
import { PostgresAccountDirectory } from './postgres-account-directory';
import { DEFAULT_THROTTLE_POLICY, PostgresLoginThrottle, THROTTLE_POLICY } from './postgres-login-throttle';
import { PostgresRefreshSessions, REFRESH_TOKEN_TTL_MS } from './postgres-refresh-sessions';

const EIGHT_HOURS = 8 * 3600_000;

@Module({
  imports: [CqrsModule],
  providers: [
    ...IDENTITY_HANDLERS,
    LoginService,
    PasswordAttempts,
    { provide: ACCOUNT_DIRECTORY, useClass: PostgresAccountDirectory },
    { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
    { provide: LOGIN_THROTTLE, useClass: PostgresLoginThrottle },
    { provide: REFRESH_SESSIONS, useClass: PostgresRefreshSessions },
    { provide: THROTTLE_POLICY, useValue: DEFAULT_THROTTLE_POLICY },
    { provide: REFRESH_TOKEN_TTL_MS, useValue: EIGHT_HOURS },
    IdentityPersonalData,
  ],
  exports: [LoginService, ACCOUNT_DIRECTORY, REFRESH_SESSIONS, PASSWORD_HASHER],
})
export class IdentityInfrastructureModule {}
