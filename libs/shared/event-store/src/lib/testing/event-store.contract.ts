import { randomUUID } from 'node:crypto';
import {
  ConcurrencyError,
  EventMetadata,
  EventStore,
  LOG_START,
  LogPosition,
  NewEvent,
  RecordedEvent,
  comparePositions,
} from '@maillage/shared/kernel';
import { subscribeToAll } from '../subscription';

const metadata: EventMetadata = {
  actorId: 'contract-test',
  roles: ['admin'],
  correlationId: 'corr',
  causationId: null,
  occurredAt: '2026-12-01T08:00:00.000Z',
};

function event(type: string, data: unknown = {}): NewEvent {
  return { eventId: randomUUID(), type, data, metadata };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until readers see `position`. A transaction open anywhere in the same
 * PostgreSQL cluster (tests share one) holds the read horizon back for a while.
 */
async function untilReadable(store: EventStore, position: LogPosition): Promise<LogPosition> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(25)) {
    const head = await store.headPosition();
    if (comparePositions(head, position) >= 0) return head;
  }
  throw new Error(`Position ${JSON.stringify(position)} was not readable within 20 s`);
}

/** A start for "from now" that no earlier append can still appear after. */
async function settledHead(store: EventStore): Promise<LogPosition> {
  return untilReadable(store, await store.committedHeadPosition());
}

async function readWholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  let after = LOG_START;
  for (;;) {
    const { events, next } = await store.readAll({ after, limit: 200 });
    all.push(...events);
    if (events.length === 0) return all;
    after = next;
  }
}

/**
 * The behaviour every EventStore adapter must show. `context()` gives a store
 * over an empty log for each test (streams are also made unique per test).
 */
export function eventStoreContract(context: () => EventStore): void {
  const stream = (name: string) => `${name}-${randomUUID()}`;

  describe('append and read a stream', () => {
    it('appends to a new stream and reads the events back with 0-based versions', async () => {
      const store = context();
      const id = stream('agent');
      const result = await store.append(id, [event('A', { n: 1 }), event('B', { n: 2 })], 'no_stream');
      expect(result.streamVersion).toBe(1);
      const events = await store.readStream(id);
      expect(events.map((e) => [e.type, e.streamVersion, e.data])).toEqual([
        ['A', 0, { n: 1 }],
        ['B', 1, { n: 2 }],
      ]);
      expect(events[0].metadata).toEqual(metadata);
      expect(comparePositions(events[1].logPosition, result.logPosition)).toBe(0);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await context().readStream(stream('nobody'))).toEqual([]);
    });

    it('reads a stream from a version on, for a fold that catches up', async () => {
      const store = context();
      const id = stream('agent');
      await store.append(id, [event('A'), event('B'), event('C')], 'no_stream');
      expect((await store.readStream(id, { fromVersion: 1 })).map((e) => [e.type, e.streamVersion])).toEqual([
        ['B', 1],
        ['C', 2],
      ]);
      expect(await store.readStream(id, { fromVersion: 3 })).toEqual([]);
    });
  });

  describe('expected versions', () => {
    it('appends to several streams, each at its expected version', async () => {
      const store = context();
      const [guard, agent] = [stream('guard'), stream('agent')];
      await store.append(guard, [event('G')], 'no_stream');
      const results = await store.appendToStreams([
        { streamId: guard, events: [event('G2')], expected: 0 },
        { streamId: agent, events: [event('A')], expected: 'no_stream' },
      ]);
      expect(results.map((r) => r.streamVersion)).toEqual([1, 0]);
      expect((await store.readStream(agent)).map((e) => e.type)).toEqual(['A']);
    });

    it('writes nothing to any stream when the first is refused', async () => {
      const store = context();
      const [guard, agent] = [stream('guard'), stream('agent')];
      await store.append(guard, [event('G'), event('G')], 'no_stream');
      const attempt = store.appendToStreams([
        { streamId: guard, events: [event('G2')], expected: 0 },
        { streamId: agent, events: [event('A')], expected: 'no_stream' },
      ]);
      await expect(attempt).rejects.toMatchObject({ streamId: guard, expected: 0, actual: 1 });
      expect(await store.readStream(agent)).toEqual([]);
      expect(await store.readStream(guard)).toHaveLength(2);
    });

    it('rejects a stale expected version with a concurrency error carrying expected and actual', async () => {
      const store = context();
      const id = stream('agent');
      await store.append(id, [event('A'), event('B')], 'no_stream');
      const attempt = store.append(id, [event('C')], 0);
      await expect(attempt).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(attempt).rejects.toMatchObject({ expected: 0, actual: 1, code: 'EVENT_STORE.WRONG_EXPECTED_VERSION' });
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('accepts the exact current version', async () => {
      const store = context();
      const id = stream('agent');
      await store.append(id, [event('A')], 'no_stream');
      const result = await store.append(id, [event('B')], 0);
      expect(result.streamVersion).toBe(1);
    });

    it('rejects no_stream on an existing stream and stream_exists on a missing one', async () => {
      const store = context();
      const id = stream('agent');
      await expect(store.append(id, [event('A')], 'stream_exists')).rejects.toMatchObject({ actual: 'no_stream' });
      await store.append(id, [event('A')], 'no_stream');
      await expect(store.append(id, [event('B')], 'no_stream')).rejects.toMatchObject({ actual: 0 });
      await expect(store.append(id, [event('B')], 'stream_exists')).resolves.toMatchObject({ streamVersion: 1 });
    });

    it('appends with any whatever the stream holds', async () => {
      const store = context();
      const id = stream('agent');
      await store.append(id, [event('A')], 'any');
      await expect(store.append(id, [event('B')], 'any')).resolves.toMatchObject({ streamVersion: 1 });
    });
  });

  describe('idempotent retries', () => {
    it('returns the original positions for a retried append with the same event ids and adds nothing', async () => {
      const store = context();
      const id = stream('agent');
      const batch = [event('A'), event('B')];
      const first = await store.append(id, batch, 'no_stream');
      const retry = await store.append(id, batch, 'no_stream');
      expect(retry).toEqual(first);
      expect(await store.readStream(id)).toHaveLength(2);
    });
  });

  describe('concurrency', () => {
    it('lets exactly one of 50 concurrent appends with the same expected version succeed', async () => {
      const store = context();
      const id = stream('counter');
      await store.append(id, [event('Started')], 'no_stream');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => store.append(id, [event('Incremented', { writer: i })], 0)),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(49);
      for (const o of lost) expect(o.reason).toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('loses no increment when 20 writers each read, decide and append 25 times', async () => {
      const store = context();
      const id = stream('counter');
      const writer = async (w: number) => {
        for (let i = 0; i < 25; i++) {
          for (;;) {
            const history = await store.readStream(id);
            const expected = history.length === 0 ? 'no_stream' : history[history.length - 1].streamVersion;
            try {
              await store.append(id, [event('Incremented', { writer: w, i, seen: history.length })], expected);
              break;
            } catch (error) {
              if (!(error instanceof ConcurrencyError)) throw error;
              // Jittered back-off, as a real client would do before retrying.
              await sleep(Math.random() * 4);
            }
          }
        }
      };
      await Promise.all(Array.from({ length: 20 }, (_, w) => writer(w)));
      const history = await store.readStream(id);
      expect(history).toHaveLength(500);
      // Every event was decided on the full history before it: nothing overwritten.
      history.forEach((e, version) => expect((e.data as { seen: number }).seen).toBe(version));
    });

    it('delivers to a subscriber exactly the events 16 writers appended with random delays, in order, once each', async () => {
      const store = context();
      const start = await settledHead(store);
      const received: RecordedEvent[] = [];
      const subscription = subscribeToAll(store, start, (events) => {
        received.push(...events);
      });
      const appendedIds = new Set<string>();
      await Promise.all(
        Array.from({ length: 16 }, async (_, w) => {
          const id = stream(`writer${w}`);
          for (let i = 0; i < 10; i++) {
            await sleep(Math.random() * 15);
            const e = event('Written', { w, i });
            await store.append(id, [e], i === 0 ? 'no_stream' : i - 1);
            appendedIds.add(e.eventId);
          }
        }),
      );
      const deadline = Date.now() + 20000;
      while (received.length < appendedIds.size && Date.now() < deadline) await sleep(20);
      await sleep(100);
      await subscription.stop();
      const ids = received.map((e) => e.eventId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(appendedIds);
      for (let i = 1; i < received.length; i++) {
        expect(comparePositions(received[i - 1].logPosition, received[i].logPosition)).toBeLessThan(0);
      }
    });
  });

  describe('global log', () => {
    it('reads the global log in order and in pages', async () => {
      const store = context();
      const id = stream('agent');
      const start = await settledHead(store);
      const written = await store.append(id, [event('A'), event('B'), event('C')], 'no_stream');
      await untilReadable(store, written.logPosition);
      const first = await store.readAll({ after: start, limit: 2 });
      expect(first.events.map((e) => e.type)).toEqual(['A', 'B']);
      const second = await store.readAll({ after: first.next, limit: 2 });
      expect(second.events.map((e) => e.type)).toEqual(['C']);
      expect(comparePositions(second.next, second.events[0].logPosition)).toBe(0);
    });

    it('filters by type and moves past what it skipped', async () => {
      const store = context();
      const id = stream('agent');
      const start = await settledHead(store);
      const written = await store.append(id, [event('Wanted'), event('Other'), event('Other')], 'no_stream');
      await untilReadable(store, written.logPosition);
      const page = await store.readAll({ after: start, limit: 10, types: ['Wanted'] });
      expect(page.events.map((e) => e.type)).toEqual(['Wanted']);
      expect(comparePositions(page.next, written.logPosition)).toBeGreaterThanOrEqual(0);
    });

    it('reports the head position of the log', async () => {
      const store = context();
      const written = await store.append(stream('agent'), [event('A')], 'no_stream');
      expect(comparePositions(await store.committedHeadPosition(), written.logPosition)).toBe(0);
      // The readable head reaches it (at once, unless a transaction elsewhere holds the horizon back), and stops there.
      await untilReadable(store, written.logPosition);
      expect(comparePositions(await store.headPosition(), written.logPosition)).toBe(0);
      expect((await readWholeLog(store)).length).toBeGreaterThan(0);
    });
  });
}
