import { comparePositions, EventStore, LogPosition, RecordedEvent } from '@maillage/shared/kernel';

export interface Subscription {
  stop(): Promise<void>;
}

/**
 * A catch-up subscription to the global log built only on `readAll`, so it
 * behaves the same on every adapter: it hands each event to the handler once,
 * in log order, and resumes from the last position it delivered.
 */
export function subscribeToAll(
  store: EventStore,
  from: LogPosition,
  handler: (events: readonly RecordedEvent[]) => Promise<void> | void,
  options: { batchSize?: number; idleMs?: number } = {},
): Subscription {
  let running = true;
  let position = from;
  const loop = (async () => {
    while (running) {
      const { events, next } = await store.readAll({ after: position, limit: options.batchSize ?? 500 });
      if (events.length > 0) await handler(events);
      const moved = comparePositions(next, position) > 0;
      position = next;
      if (!moved) await new Promise((r) => setTimeout(r, options.idleMs ?? 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
    },
  };
}
