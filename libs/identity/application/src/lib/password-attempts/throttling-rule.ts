/** One failure counter as the throttle store keeps it. */
export interface AttemptCounter {
  /** Failures within the current window (0 once the window has passed). */
  readonly failures: number;
  readonly blockedUntil: Date | null;
}

/**
 * The per-account counter is keyed by the normalised username only — never by
 * the address — so rotating X-Forwarded-For (or a botnet) cannot buy more
 * guesses at one password. Unknown usernames are counted the same way, so the
 * throttle tells nothing about which accounts exist.
 */
export const accountKey = (username: string) => `account:${username}`;
export const addressKey = (address: string) => `ip:${address}`;

const secondsLeft = (counter: AttemptCounter | undefined, now: Date) =>
  counter?.blockedUntil && counter.blockedUntil > now ? Math.ceil((counter.blockedUntil.getTime() - now.getTime()) / 1000) : 0;

/**
 * Seconds to wait before this attempt may check a password, or 0.
 *
 * - An account blocked by its own failures waits, from every address.
 * - An address over its ceiling (many failures, e.g. password spraying) is
 *   refused only for accounts that already failed in the window. A correct
 *   sign-in of an account without failures always goes through, so a whole
 *   town hall behind one proxy is never locked out by someone else's
 *   failures. The price, stated: from a blocked address an attacker still
 *   gets one guess per untouched username per window — which then counts
 *   against that account.
 */
export function secondsToWait(account: AttemptCounter | undefined, address: AttemptCounter | undefined, now: Date): number {
  const accountWait = secondsLeft(account, now);
  const hasFailed = accountWait > 0 || (account?.failures ?? 0) > 0;
  return Math.max(accountWait, hasFailed ? secondsLeft(address, now) : 0);
}
