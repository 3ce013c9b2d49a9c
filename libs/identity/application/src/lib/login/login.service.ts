import { Inject, Injectable, Logger } from '@nestjs/common';
import { normaliseUsername } from '@maillage/identity/domain';
import { DomainError } from '@maillage/shared/kernel';
import { ACCOUNT_DIRECTORY, AccountDirectory, AccountRecord, LOGIN_THROTTLE, LoginThrottle, PASSWORD_HASHER, PasswordHasher } from '../ports';

/**
 * Checks credentials with throttling keyed by (account, IP) and by IP alone:
 * an attacker hammering one account from one address is slowed down, while
 * the real owner logging in from elsewhere is never locked out by them.
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger('Login');
  /** Hash of a random password: verified when the account does not exist, so timing does not reveal it. */
  private decoyHash: Promise<string> | null = null;

  constructor(
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
  ) {}

  async login(username: string, password: string, ip: string): Promise<AccountRecord> {
    const name = normaliseUsername(username);
    const keys = [`account-ip:${name}|${ip}`, `ip:${ip}`];
    const wait = await this.throttle.retryAfter(keys);
    if (wait > 0) {
      throw new DomainError('AUTH.TOO_MANY_ATTEMPTS', 'too_many', `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(wait / 60)} minute(s).`, {
        retryAfter: wait,
      });
    }
    const account = await this.accounts.findByUsername(name);
    const valid = account
      ? await this.hasher.verify(account.passwordHash, password)
      : (await this.hasher.verify(await this.decoy(), password), false);
    if (!account || !valid) {
      await this.throttle.recordFailure(keys);
      this.logger.warn({ event: 'LoginFailed', username: name, ip }, 'Login failed');
      throw new DomainError('AUTH.INVALID_CREDENTIALS', 'unauthenticated', 'Identifiant ou mot de passe incorrect.');
    }
    await this.throttle.reset(keys[0]);
    return account;
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash(globalThis.crypto.randomUUID());
    return this.decoyHash;
  }
}
