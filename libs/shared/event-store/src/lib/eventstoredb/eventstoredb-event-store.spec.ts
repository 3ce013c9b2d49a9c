import { randomUUID } from 'node:crypto';
import { LOG_START, NewEvent, comparePositions } from '@maillage/shared/kernel';
import { eventStoreContract } from '../testing/event-store.contract';
import { upcastingContract } from '../testing/upcasting.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { InMemoryEventStoreDb } from './testing/in-memory-eventstoredb-client';

const newEvent = (type: string, schemaVersion?: number): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion,
  data: { type },
  metadata: { actorId: 'test', roles: [], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T08:00:00.000Z' },
});

// The adapter's own logic (mapping, paging, filtering, idempotent read-back)
// over a stand-in client; the real server runs the contract in the .int.spec.
describe('EventStoreDbEventStore over an in-memory stand-in for the ESDB client', () => {
  describe('contract, with system links written after every append', () => {
    const server = new InMemoryEventStoreDb({ systemLinks: true });
    eventStoreContract(() => new EventStoreDbEventStore(server.asClient()));
    upcastingContract((registry) => new EventStoreDbEventStore(server.asClient(), registry));
  });

  it('stores the schema version beside our metadata and reads both back apart', async () => {
    const server = new InMemoryEventStoreDb();
    const store = new EventStoreDbEventStore(server.asClient());
    const event = newEvent('AgentRegistered', 3);
    await store.append('agent-1', [event], 'no_stream');
    expect(server.log[server.log.length - 1].metadata).toEqual({ ...event.metadata, schemaVersion: 3 });
    const [read] = await store.readStream('agent-1');
    expect(read.schemaVersion).toBe(3);
    expect(read.metadata).toEqual(event.metadata);
  });

  it('reads back the original positions when the server answers a retry without one', async () => {
    const server = new InMemoryEventStoreDb({ idempotentWithoutPosition: true });
    const store = new EventStoreDbEventStore(server.asClient());
    const batch = [newEvent('A'), newEvent('B')];
    const first = await store.append('agent-2', batch, 'no_stream');
    await store.append('agent-2', [newEvent('C')], 1);
    expect(await store.append('agent-2', batch, 'no_stream')).toEqual(first);
  });

  it('never returns ESDB system records and stops next on the last event of ours at the end of the log', async () => {
    const server = new InMemoryEventStoreDb();
    const store = new EventStoreDbEventStore(server.asClient());
    const written = await store.append('agent-3', [newEvent('A')], 'no_stream');
    server.writeSystemRecords(3);
    const page = await store.readAll({ after: LOG_START, limit: 100 });
    expect(page.events.map((e) => e.type)).toEqual(['A']);
    expect(page.next).toEqual(written.logPosition);
    expect(await store.headPosition()).toEqual(written.logPosition);
  });

  it('moves past a long run of system records in bounded steps instead of scanning the whole log at once', async () => {
    const server = new InMemoryEventStoreDb();
    const store = new EventStoreDbEventStore(server.asClient());
    const start = await store.headPosition();
    server.writeSystemRecords(2000);
    const written = await store.append('agent-4', [newEvent('A')], 'no_stream');
    const first = await store.readAll({ after: start, limit: 1 });
    expect(first.events).toEqual([]);
    expect(comparePositions(first.next, start)).toBeGreaterThan(0);
    let page = first;
    for (let i = 0; i < 5 && page.events.length === 0; i++) page = await store.readAll({ after: page.next, limit: 1 });
    expect(page.events.map((e) => e.logPosition)).toEqual([written.logPosition]);
  });

  it('reports LOG_START as the head of a log holding only system records', async () => {
    const server = new InMemoryEventStoreDb();
    server.writeSystemRecords(200);
    expect(await new EventStoreDbEventStore(server.asClient()).headPosition()).toEqual(LOG_START);
  });
});
