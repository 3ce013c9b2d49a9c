import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, DomainError } from '@maillage/shared/kernel';
import { LOGIN_THROTTLE, LoginThrottle } from '../ports';
import { accountKey, addressKey, secondsToWait } from './throttling-rule';

/**
 * Every place that checks a password (sign-in, password change) goes through
 * here, so they share one budget of guesses per account.
 */
@Injectable()
export class PasswordAttempts {
  constructor(
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Refuses with 429 (`AUTH.TOO_MANY_ATTEMPTS`) when this attempt must wait; `address` is null where it is not known. */
  async ensureAllowed(username: string, address: string | null): Promise<void> {
    const keys = this.keys(username, address);
    const counters = await this.throttle.read(keys);
    const wait = secondsToWait(counters.get(keys[0]), address === null ? undefined : counters.get(keys[1]), this.clock.now());
    if (wait > 0) {
      throw new DomainError('AUTH.TOO_MANY_ATTEMPTS', 'too_many', `Trop de tentatives. Réessayez dans ${Math.ceil(wait / 60)} minute(s).`, {
        retryAfter: wait,
      });
    }
  }

  failed(username: string, address: string | null): Promise<void> {
    return this.throttle.recordFailure(this.keys(username, address));
  }

  /** A correct password clears the account's failures; the address keeps its own. */
  succeeded(username: string): Promise<void> {
    return this.throttle.reset(accountKey(username));
  }

  private keys(username: string, address: string | null): string[] {
    return address === null ? [accountKey(username)] : [accountKey(username), addressKey(address)];
  }
}
