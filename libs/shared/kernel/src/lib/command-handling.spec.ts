import { Decider } from './decider';
import { AppendResult, EventStore } from './event-store';
import { handleCommand } from './command-handling';

type Event = { readonly type: 'Opened'; readonly data: { readonly id: string } } | { readonly type: 'Noted'; readonly data: { readonly id: string } };
const decider: Decider<{ readonly notes: number }, Event, number> = {
  initialState: () => 0,
  evolve: (state) => state + 1,
  decide: ({ notes }, state) => [
    ...(state === 0 ? [{ type: 'Opened' as const, data: { id: 'x' } }] : []),
    ...Array.from({ length: notes }, () => ({ type: 'Noted' as const, data: { id: 'x' } })),
  ],
};

/** Enough of a store for one empty stream. */
const store = (): EventStore =>
  ({
    readStream: async () => [],
    append: async (_stream: string, events: readonly unknown[]): Promise<AppendResult> => ({ streamVersion: events.length - 1, logPosition: { transaction: 1, position: 7 } }),
  }) as unknown as EventStore;

const context = { metadata: { actorId: 'a', roles: [], correlationId: 'c', causationId: null, occurredAt: '2026-01-01T00:00:00.000Z' }, newEventId: () => 'e' };

describe('handleCommand', () => {
  it('tells which event types it appended, each once, for read-your-writes to wait for their projections only', async () => {
    const outcome = await handleCommand(store(), 's-1', decider, { notes: 2 }, context);
    expect(outcome).toMatchObject({ appended: 3, eventTypes: ['Opened', 'Noted'], streamVersion: 2, logPosition: { transaction: 1, position: 7 } });
  });

  it('appends nothing, and names no type, when the decider decides nothing', async () => {
    const idle: Decider<{ readonly notes: number }, Event, number> = { ...decider, decide: () => [] };
    const outcome = await handleCommand(store(), 's-1', idle, { notes: 0 }, context);
    expect(outcome).toEqual({ appended: 0, streamVersion: -1 });
  });
});
