import { randomUUID } from 'node:crypto';
import { agentStream, sampleBatch } from '../sample-events';
import { elapsedMs } from '../stats';
import { AppendTarget } from './append-target';

export interface WorkloadShape {
  readonly writers: number;
  readonly batchSize: number;
}

export interface WorkloadRun {
  readonly appends: number;
  readonly events: number;
  readonly elapsedMs: number;
  readonly latenciesMs: readonly number[];
}

const STREAMS_PER_WRITER = 16;

/**
 * Writers that each own their streams and always pass the exact expected
 * version: no conflicts, so the figures measure the write path alone. Kept
 * across repetitions so later ones append to streams that already exist.
 */
export class Writers {
  private readonly streams: { id: string; version: number }[][];
  private sequence = 0;

  constructor(readonly shape: WorkloadShape) {
    this.streams = Array.from({ length: shape.writers }, () =>
      Array.from({ length: STREAMS_PER_WRITER }, () => ({ id: agentStream(randomUUID()), version: -1 })),
    );
  }

  /** Every writer appends back to back until `durationMs` has passed. */
  async run(target: AppendTarget, durationMs: number): Promise<WorkloadRun> {
    const latencies: number[] = [];
    const start = process.hrtime.bigint();
    const deadline = Date.now() + durationMs;
    await Promise.all(
      this.streams.map(async (own) => {
        for (let i = 0; Date.now() < deadline; i++) {
          const stream = own[i % own.length];
          const events = sampleBatch(this.shape.batchSize, this.sequence);
          this.sequence += events.length;
          const t0 = process.hrtime.bigint();
          await target.append(stream.id, stream.version, events);
          latencies.push(elapsedMs(t0));
          stream.version += events.length;
        }
      }),
    );
    return {
      appends: latencies.length,
      events: latencies.length * this.shape.batchSize,
      elapsedMs: elapsedMs(start),
      latenciesMs: latencies,
    };
  }
}
