import { Inject, Injectable, Logger } from '@nestjs/common';
import { normaliseUsername } from '@maillage/identity/domain';
import { DomainError } from '@maillage/shared/kernel';
import { PasswordAttempts } from '../password-attempts/password-attempts';
import { ACCOUNT_DIRECTORY, AccountDirectory, AccountRecord, PASSWORD_HASHER, PasswordHasher } from '../ports';

/**
 * Checks credentials, throttled per account (whatever the address) and per
 * address for accounts that already failed (see `secondsToWait`).
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger('Login');
  /** Hash of a random password: verified when the account does not exist, so timing does not reveal it. */
  private decoyHash: Promise<string> | null = null;

  constructor(
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly attempts: PasswordAttempts,
  ) {}

  async login(username: string, password: string, ip: string): Promise<AccountRecord> {
    const name = normaliseUsername(username);
    await this.attempts.ensureAllowed(name, ip);
    const account = await this.accounts.findByUsername(name);
    const valid = account
      ? await this.hasher.verify(account.passwordHash, password)
      : (await this.hasher.verify(await this.decoy(), password), false);
    if (!account || !valid) {
      await this.attempts.failed(name, ip);
      this.logger.warn({ event: 'LoginFailed', username: name, ip }, 'Login failed');
      throw new DomainError('AUTH.INVALID_CREDENTIALS', 'unauthenticated', 'Identifiant ou mot de passe incorrect.');
    }
    await this.attempts.succeeded(name);
    // Said only to whoever knows the password: the account's existence stays hidden from the rest.
    if (account.disabled) {
      throw new DomainError('AUTH.ACCOUNT_DISABLED', 'forbidden', 'Ce compte est désactivé : adressez-vous à la DLSI pour le réactiver.');
    }
    return account;
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash(globalThis.crypto.randomUUID());
    return this.decoyHash;
  }
}
