import { Projection } from '@maillage/shared/event-store';
import { EventStore } from '@maillage/shared/kernel';

/** Where a rebuild spends its time: reading the log, or writing the read model. */
export interface TimeSplit {
  readMs: number;
  applyMs: number;
}

async function timed<T>(split: TimeSplit, key: keyof TimeSplit, work: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  try {
    return await work();
  } finally {
    split[key] += Number(process.hrtime.bigint() - start) / 1e6;
  }
}

export function timedStore(store: EventStore, split: TimeSplit): EventStore {
  return {
    append: (...args) => store.append(...args),
    appendToStreams: (appends) => store.appendToStreams(appends),
    readStream: (streamId, options) => store.readStream(streamId, options),
    headPosition: () => store.headPosition(),
    committedHeadPosition: () => store.committedHeadPosition(),
    readAll: (options) => timed(split, 'readMs', () => store.readAll(options)),
  };
}

export function timedProjection(projection: Projection, split: TimeSplit): Projection {
  return { ...projection, apply: (events, sql) => timed(split, 'applyMs', () => projection.apply(events, sql)) };
}
