import { randomUUID } from 'node:crypto';
import { EventMetadata, EventStore, LogPosition, UpcasterRegistry, comparePositions } from '@maillage/shared/kernel';

const metadata: EventMetadata = { actorId: 'contract-test', roles: [], correlationId: 'corr', causationId: null, occurredAt: '2026-12-01T08:00:00.000Z' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every adapter reads through its upcasters on every read path and stores each type's current
 * version. `withUpcasters` gives a store over the same log as the other tests, using `registry`.
 */
export function upcastingContract(withUpcasters: (registry: UpcasterRegistry) => EventStore): void {
  describe('upcasting', () => {
    // A type of its own per run: the log may be shared with other tests.
    const type = `ContractRenamed${randomUUID().slice(0, 8)}`;
    const registry = new UpcasterRegistry([
      { context: 'contract', versions: { [type]: 2 }, upcasters: [{ type, fromVersion: 1, upcast: (d) => ({ to: (d as { name: string }).name }) }] },
    ]);

    it('stores today’s version, and reads older ones upcast from readStream and readAll alike', async () => {
      const store = withUpcasters(registry);
      const stream = `contract-${randomUUID()}`;
      const before = await store.committedHeadPosition();
      await store.append(stream, [{ eventId: randomUUID(), type, schemaVersion: 1, data: { name: 'Paie' }, metadata }], 'no_stream');
      const { logPosition } = await store.append(stream, [{ eventId: randomUUID(), type, data: { to: 'Paye' }, metadata }], 0);

      const expected = [
        { type, schemaVersion: 2, data: { to: 'Paie' } },
        { type, schemaVersion: 2, data: { to: 'Paye' } },
      ];
      expect((await store.readStream(stream)).map(({ type, schemaVersion, data }) => ({ type, schemaVersion, data }))).toEqual(expected);

      const readable = async (position: LogPosition) => {
        for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(25)) {
          if (comparePositions(await store.headPosition(), position) >= 0) return;
        }
      };
      await readable(logPosition);
      const { events } = await store.readAll({ after: before, limit: 10, types: [type] });
      expect(events.map(({ type, schemaVersion, data }) => ({ type, schemaVersion, data }))).toEqual(expected);
    });
  });
}
