import { percentile } from '../stats';
import { AppendTarget } from './append-target';
import { WorkloadRun, WorkloadShape, Writers } from './workload';

export interface Repetition {
  readonly appendsPerSec: number;
  readonly eventsPerSec: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly appends: number;
}

/** A target under one workload shape, measured one repetition at a time. */
export interface AppendSession {
  repetition(durationMs: number): Promise<Repetition>;
  /** Appends made so far, warm-up included. */
  appends(): number;
  close(): Promise<void>;
}

/** Opens a session and warms it up (connections, plan caches, first pages). */
export async function openAppendSession(target: AppendTarget, shape: WorkloadShape, warmupMs: number): Promise<AppendSession> {
  const writers = new Writers(shape);
  let appends = (await writers.run(target, warmupMs)).appends;
  return {
    async repetition(durationMs) {
      const run = await writers.run(target, durationMs);
      appends += run.appends;
      return summarize(run);
    },
    appends: () => appends,
    close: () => target.close(),
  };
}

function summarize(run: WorkloadRun): Repetition {
  const seconds = run.elapsedMs / 1000;
  return {
    appendsPerSec: run.appends / seconds,
    eventsPerSec: run.events / seconds,
    p50Ms: percentile(run.latenciesMs, 50),
    p95Ms: percentile(run.latenciesMs, 95),
    appends: run.appends,
  };
}
