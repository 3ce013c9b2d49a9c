import { ConcurrencyError } from './errors';
import { Decider } from './decider';
import { DomainEvent, EventMetadata, RecordedEvent } from './event';
import { AppendResult, EventStore } from './event-store';

export interface CommandContext {
  readonly metadata: EventMetadata;
  /** Fresh event ids, injected so tests stay deterministic. */
  readonly newEventId: () => string;
  /**
   * The stream version the caller last saw (an HTTP `If-Match`). A mismatch is
   * a concurrent edit and fails, even if the new command would apply cleanly.
   */
  readonly expectedVersion?: number;
}

export interface CommandOutcome extends Partial<AppendResult> {
  /** Events appended by this command (possibly none: a no-op command). */
  readonly appended: number;
  /**
   * Types of the events appended: read-your-writes waits only for the read models that consume one
   * of them, so a stalled projection elsewhere does not hold this write back. Absent: not known, wait for all.
   */
  readonly eventTypes?: readonly string[];
}

/**
 * Load → decide → append with the version that was read. A concurrent writer
 * makes the append fail with `ConcurrencyError` instead of overwriting.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  context: CommandContext,
): Promise<CommandOutcome> {
  const history = (await store.readStream(streamId)) as readonly RecordedEvent<Event>[];
  const currentVersion = history.length === 0 ? 'no_stream' : history[history.length - 1].streamVersion;
  const expected = context.expectedVersion;
  const stale = expected !== undefined && expected !== currentVersion;
  // An edit naming a version of something that does not exist: let the decider say "not found" first.
  if (stale && history.length > 0) throw new ConcurrencyError(streamId, expected, currentVersion);
  const state = history.reduce(
    (acc, recorded) => decider.evolve(acc, { type: recorded.type, data: recorded.data } as Event),
    decider.initialState(),
  );
  const events = decider.decide(command, state);
  if (stale) throw new ConcurrencyError(streamId, expected, currentVersion);
  if (events.length === 0) {
    return { appended: 0, streamVersion: currentVersion === 'no_stream' ? -1 : currentVersion };
  }
  const result = await store.append(
    streamId,
    events.map((event) => ({ eventId: context.newEventId(), type: event.type, data: event.data, metadata: context.metadata })),
    currentVersion,
  );
  return { appended: events.length, eventTypes: [...new Set(events.map((event) => event.type))], ...result };
}
