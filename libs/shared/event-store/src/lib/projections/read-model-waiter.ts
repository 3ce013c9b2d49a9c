import { LogPosition } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { projectionConsumes, WaitedProjection } from './projection';
import { ProjectionRunner } from './projection-runner';

/**
 * Lets a command response wait until the read models have reached the
 * position it produced, so the user sees their own write. Bounded: after the
 * timeout the caller answers anyway and says the read side may lag. A write
 * whose events a projection parked will not show until a retry: the waiter
 * says so at once (not consistent) instead of waiting out the timeout.
 *
 * It never throws and never outlasts its timeout: it runs after the write
 * committed, so a database that fails or freezes meanwhile must turn into
 * "not known to be consistent" (false), never into an error for a write
 * that happened.
 *
 * Told the types a write appended, it waits only for the projections that
 * consume one of them (`Projection.consumes`): a projection stalled in
 * another context neither delays the answer nor makes it inconsistent.
 * Without types (whoever waits for "every write so far") it waits for all.
 */
export class ReadModelWaiter {
  constructor(
    private readonly pool: Pool,
    private readonly projections: readonly WaitedProjection[],
    private readonly runner: ProjectionRunner | null,
    private readonly pollMs = 25,
  ) {}

  async waitFor(position: LogPosition, timeoutMs = 3000, eventTypes?: readonly string[]): Promise<boolean> {
    const names = this.consumersOf(eventTypes);
    // No read model shows these events: nothing to wait for, and nothing can have parked them.
    if (names.length === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const givenUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const waited = this.poll(names, position, Date.now() + timeoutMs).catch(() => false);
    try {
      return await Promise.race([waited, givenUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  private consumersOf(eventTypes: readonly string[] | undefined): string[] {
    const consumers = eventTypes ? this.projections.filter((p) => eventTypes.some((type) => projectionConsumes(p, type))) : this.projections;
    return consumers.map((p) => (typeof p === 'string' ? p : p.name));
  }

  private async poll(names: readonly string[], position: LogPosition, deadline: number): Promise<boolean> {
    this.runner?.nudge();
    while (true) {
      const state = await this.state(names, position);
      if (state === 'parked') return false;
      if (state === 'reached') return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await this.nextTick(Math.min(this.pollMs, remaining));
    }
  }

  /** One write's events share its transaction (commit position on EventStoreDB): that is how its parked events are found. */
  private async state(names: readonly string[], position: LogPosition): Promise<'reached' | 'behind' | 'parked'> {
    const { rows } = await this.pool.query<{ behind: string; parked: boolean }>(
      `SELECT (SELECT count(*) FROM unnest($1::text[]) AS p(name)
               LEFT JOIN projection_checkpoints c ON c.name = p.name
               WHERE c.name IS NULL OR (c.transaction_id, c.position) < ($2::bigint, $3::bigint)) AS behind,
              EXISTS (SELECT 1 FROM projection_parked_events WHERE transaction_id = $2::bigint AND projection = ANY($1::text[])) AS parked`,
      [names, position.transaction, position.position],
    );
    if (rows[0].parked) return 'parked';
    return Number(rows[0].behind) === 0 ? 'reached' : 'behind';
  }

  /** Wakes on local progress or after `ms` (progress made by another instance). */
  private nextTick(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe?.();
        resolve();
      };
      const timer = setTimeout(done, ms);
      const unsubscribe = this.runner?.onProgress(done);
    });
  }
}
