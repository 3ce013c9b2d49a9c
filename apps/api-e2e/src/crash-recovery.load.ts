/**
 * A load client for the crash tests: a few concurrent writers register agents
 * (one unique e-mail per write, its request id as Idempotency-Key and
 * X-Request-Id) and record every answer. A write the API acknowledged (201) is
 * one that must be in the log exactly once, whatever happens next. Retries
 * (same key) follow a 503 or a lost connection, as a careful client would.
 */
export interface Attempt {
  readonly status: number | 'network';
  readonly code?: string;
  readonly startedAt: number;
  readonly endedAt: number;
}

export interface Write {
  readonly requestId: string;
  readonly email: string;
  readonly attempts: Attempt[];
  outcome: 'pending' | 'acknowledged' | 'refused' | 'unknown';
  id?: string;
  consistent?: boolean;
}

export interface LoadOptions {
  readonly tag: string;
  readonly token: string;
  /** Where to send requests now (instances come and go); writes rotate over them. */
  readonly targets: () => readonly string[];
  readonly writers?: number;
  /** After a consistent write, read it back from another instance (read-your-writes across instances). */
  readonly readBack?: boolean;
  /** Seeded agents whose sensitive fields HR reads between writes: reads the audit trail records. */
  readonly auditedReads?: readonly string[];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RETRY_FOR_MS = 25_000;

export class LoadClient {
  readonly writes: Write[] = [];
  /** Reads of an acknowledged, consistent write: stale is a 404 (the write not visible), unavailable a 503 (database away). */
  readonly readBack = { checked: 0, stale: 0, unavailable: 0 };
  private running = false;
  private loops: Promise<void>[] = [];
  private sequence = 0;

  constructor(private readonly options: LoadOptions) {}

  start(): void {
    this.running = true;
    this.loops = Array.from({ length: this.options.writers ?? 4 }, (_, writer) => this.writer(writer));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  get acknowledged(): Write[] {
    return this.writes.filter((w) => w.outcome === 'acknowledged');
  }

  /** Every answer by status ('503', '201', 'network', …). */
  statusCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const attempt of this.writes.flatMap((w) => w.attempts)) counts[String(attempt.status)] = (counts[String(attempt.status)] ?? 0) + 1;
    return counts;
  }

  /** Seconds from `since` to the first acknowledgement of a request sent after it. */
  recoverySeconds(since: number): number | null {
    const ends = this.writes.flatMap((w) => w.attempts).filter((a) => a.status === 201 && a.startedAt >= since).map((a) => a.endedAt);
    return ends.length === 0 ? null : (Math.min(...ends) - since) / 1000;
  }

  private async writer(writer: number): Promise<void> {
    while (this.running) {
      const n = this.sequence++;
      const requestId = `crash-${this.options.tag}-${writer}-${n}`;
      const write: Write = { requestId, email: `charge.${requestId}@mairie-exemple.fr`, attempts: [], outcome: 'pending' };
      this.writes.push(write);
      await this.send(write, n);
      const audited = this.options.auditedReads ?? [];
      if (audited.length > 0) await this.readBackFrom(this.options.targets()[0], audited[n % audited.length], false).catch(() => undefined);
      if (write.outcome !== 'acknowledged') await pause(200);
    }
  }

  private async send(write: Write, n: number): Promise<void> {
    const body = { firstName: 'Charge', lastName: write.requestId, postTitle: 'Essai de charge', workEmail: write.email };
    const firstTry = Date.now();
    for (let attempt = 0; Date.now() - firstTry < RETRY_FOR_MS; attempt++) {
      const targets = this.options.targets();
      const target = targets[(n + attempt) % targets.length];
      const startedAt = Date.now();
      try {
        const response = await fetch(`${target}/api/agents`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${this.options.token}`,
            'idempotency-key': write.requestId,
            'x-request-id': write.requestId,
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(20_000),
        });
        const answer = (await response.json().catch(() => ({}))) as { id?: string; consistent?: boolean; code?: string };
        write.attempts.push({ status: response.status, code: answer.code, startedAt, endedAt: Date.now() });
        if (response.status === 201) {
          write.outcome = 'acknowledged';
          write.id = answer.id;
          write.consistent = answer.consistent;
          if (this.options.readBack && answer.consistent && answer.id) await this.readBackFrom(targets[(n + attempt + 1) % targets.length], answer.id);
          return;
        }
        // 409: the first try of this key is still claimed (its instance died, or its append may still commit): outcome unknown.
        if (response.status === 409) return void (write.outcome = 'unknown');
        if (response.status !== 503) return void (write.outcome = 'refused');
      } catch {
        write.attempts.push({ status: 'network', startedAt, endedAt: Date.now() });
      }
      await pause(300);
    }
    write.outcome = 'unknown';
  }

  private async readBackFrom(target: string, id: string, counted = true): Promise<void> {
    try {
      const response = await fetch(`${target}/api/agents/${id}`, { headers: { authorization: `Bearer ${this.options.token}` }, signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (!counted) return;
      this.readBack.checked++;
      if (response.status === 503) this.readBack.unavailable++;
      else if (response.status !== 200) this.readBack.stale++;
    } catch {
      /* the other instance is gone (killed): not a read-your-writes failure */
    }
  }
}
