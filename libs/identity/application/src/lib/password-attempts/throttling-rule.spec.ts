import { AttemptCounter, secondsToWait } from './throttling-rule';

const now = new Date('2026-03-02T09:00:00Z');
const inMinutes = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const failing = (failures: number, blockedUntil: Date | null = null): AttemptCounter => ({ failures, blockedUntil });

describe('how long a password attempt must wait', () => {
  it('lets an account without counters try at once', () => {
    expect(secondsToWait(undefined, undefined, now)).toBe(0);
  });

  it('makes a blocked account wait, whatever the address', () => {
    expect(secondsToWait(failing(5, inMinutes(15)), undefined, now)).toBe(900);
    expect(secondsToWait(failing(5, inMinutes(15)), failing(0), now)).toBe(900);
  });

  it('lets an account with no failures sign in from an address over its ceiling', () => {
    expect(secondsToWait(undefined, failing(50, inMinutes(10)), now)).toBe(0);
    expect(secondsToWait(failing(0), failing(50, inMinutes(10)), now)).toBe(0);
  });

  it('refuses an account that already failed, from an address over its ceiling', () => {
    expect(secondsToWait(failing(1), failing(50, inMinutes(10)), now)).toBe(600);
  });

  it('forgets a block once it has passed', () => {
    expect(secondsToWait(failing(5, inMinutes(-1)), failing(50, inMinutes(-1)), now)).toBe(0);
  });

  it('waits for the later of the two when the account is blocked too', () => {
    expect(secondsToWait(failing(5, inMinutes(3)), failing(50, inMinutes(10)), now)).toBe(600);
  });
});
