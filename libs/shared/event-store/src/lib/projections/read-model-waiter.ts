import { LogPosition } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { ProjectionRunner } from './projection-runner';

/**
 * Lets a command response wait until the read models have reached the
 * position it produced, so the user sees their own write. Bounded: after the
 * timeout the caller answers anyway and says the read side may lag.
 */
export class ReadModelWaiter {
  constructor(
    private readonly pool: Pool,
    private readonly projectionNames: readonly string[],
    private readonly runner: ProjectionRunner | null,
    private readonly pollMs = 25,
  ) {}

  async waitFor(position: LogPosition, timeoutMs = 3000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    this.runner?.nudge();
    while (true) {
      if (await this.reached(position)) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await this.nextTick(Math.min(this.pollMs, remaining));
    }
  }

  private async reached(position: LogPosition): Promise<boolean> {
    const { rows } = await this.pool.query<{ behind: string }>(
      `SELECT count(*) AS behind FROM unnest($1::text[]) AS p(name)
       LEFT JOIN projection_checkpoints c ON c.name = p.name
       WHERE c.name IS NULL OR (c.transaction_id, c.position) < ($2::bigint, $3::bigint)`,
      [this.projectionNames, position.transaction, position.position],
    );
    return Number(rows[0].behind) === 0;
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
