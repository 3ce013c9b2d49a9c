import {
  AllStreamResolvedEvent,
  AppendResult as EsdbAppendResult,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  Position,
  ReadPosition,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  AppendResult,
  ConcurrencyError,
  EventStore,
  ExpectedVersion,
  LOG_START,
  LogPosition,
  NO_UPCASTERS,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  UpcasterRegistry,
  comparePositions,
} from '@maillage/shared/kernel';
import {
  isSystemRecord,
  knownPosition,
  toActualVersion,
  toEsdbEvent,
  toEsdbPosition,
  toExpectedRevision,
  toLogPosition,
  toRecorded,
} from './esdb-mapping';

/** Pages of $all one `readAll` call may scan before it hands back what it has. */
const MAX_PAGES_PER_READ = 16;
const HEAD_PAGE = 64;

/**
 * The EventStore port on EventStoreDB (gRPC client v6). Log positions are
 * ESDB's own: `transaction` is the commit position, `position` the prepare
 * position, so the kernel's lexicographic order is ESDB's $all order.
 */
export class EventStoreDbEventStore implements EventStore {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly upcasters: UpcasterRegistry = NO_UPCASTERS,
  ) {}

  static fromConnectionString(url: string, upcasters: UpcasterRegistry = NO_UPCASTERS): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(url), upcasters);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    let result: EsdbAppendResult;
    try {
      result = await this.client.appendToStream(streamId, events.map((e) => toEsdbEvent({ ...e, schemaVersion: this.upcasters.versionOf(e) })), {
        expectedRevision: toExpectedRevision(expected),
      });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new ConcurrencyError(streamId, expected, toActualVersion(error.actualVersion));
      }
      throw error;
    }
    // Only with `throwOnAppendFailure=false` in the connection string, whose
    // batch-append path reports a wrong current revision: read the real one.
    if (!result.success) throw new ConcurrencyError(streamId, expected, await this.currentVersion(streamId));
    const position = knownPosition(result.position);
    if (position) return { streamVersion: Number(result.nextExpectedRevision), logPosition: toLogPosition(position) };
    // An idempotent retry may come back without a position (servers that
    // could not look it up): the original write is in the stream, read it back.
    const { eventId } = events[events.length - 1];
    const last = await this.findWritten(streamId, eventId, result.nextExpectedRevision, events.length);
    return { streamVersion: last.streamVersion, logPosition: last.logPosition };
  }

  /**
   * EventStoreDB (client v6) has no multi-stream transaction: stream by stream, in the
   * order given, stopping at the first refusal. A refusal of the first stream writes
   * nothing; a failure after it (a crash, a refusal of a later stream) leaves the earlier
   * streams written without the later ones. Callers put the stream that decides a race
   * first, so such a leftover can only make later decisions refuse more, never less.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const { streamId, events, expected } of appends) results.push(await this.append(streamId, events, expected));
    return results;
  }

  async readStream(streamId: string, { fromVersion = 0 }: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    try {
      const events: RecordedEvent[] = [];
      const options = fromVersion > 0 ? { fromRevision: BigInt(fromVersion) } : {};
      for await (const resolved of this.client.readStream(streamId, options)) {
        if (resolved.event) events.push(this.upcasters.upcast(toRecorded(resolved.event)));
      }
      return events;
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
  }

  /**
   * Forwards from `after` (exclusive), without ESDB's own records. The client's
   * `readAll` takes no server-side filter (only subscriptions do), so system
   * records and unwanted types are dropped here, page by page. Reaching the end
   * of $all, `next` is the last non-system event scanned, matched or not: it
   * moves past skipped types and equals `headPosition()`; trailing system
   * records are simply rescanned next time. A call that spends its page budget
   * mid-log moves past everything it scanned.
   */
  async readAll({ after, limit, types }: ReadAllOptions): Promise<ReadAllResult> {
    if (limit <= 0) return { events: [], next: after };
    const wanted = types && types.length > 0 ? new Set(types) : null;
    const pageSize = Math.min(Math.max(limit * 2, 64), 4096);
    const fromStart = comparePositions(after, LOG_START) === 0;
    let seen: LogPosition | null = fromStart ? null : after;
    let lastUserEvent: LogPosition | null = null;
    const events: RecordedEvent[] = [];
    for (let page = 0; page < MAX_PAGES_PER_READ; page++) {
      const fromPosition: ReadPosition = seen ? toEsdbPosition(seen) : START;
      // ESDB reads $all from a position inclusively: the record at `seen` comes back and is skipped.
      const records = await collect(this.client.readAll({ fromPosition, maxCount: pageSize, direction: FORWARDS }));
      for (const { event } of records) {
        if (!event) continue;
        const position = toLogPosition(event.position);
        if (seen && comparePositions(position, seen) <= 0) continue;
        seen = position;
        if (isSystemRecord(event)) continue;
        lastUserEvent = position;
        if (wanted && !wanted.has(event.type)) continue;
        events.push(this.upcasters.upcast(toRecorded(event)));
        if (events.length === limit) return { events, next: position };
      }
      if (records.length < pageSize) return { events, next: lastUserEvent ?? after };
    }
    return { events, next: seen ?? after };
  }

  /** ESDB orders $all by commit, so nothing committed sits above what readers see. */
  committedHeadPosition(): Promise<LogPosition> {
    return this.headPosition();
  }

  async headPosition(): Promise<LogPosition> {
    let before: Position | null = null;
    for (;;) {
      const records: AllStreamResolvedEvent[] = await collect(
        this.client.readAll({ fromPosition: before ?? END, maxCount: HEAD_PAGE, direction: BACKWARDS }),
      );
      const events = records.flatMap(({ event }) => (event ? [event] : []));
      const newest = events.find((event) => !isSystemRecord(event));
      if (newest) return toLogPosition(newest.position);
      const oldest = events[events.length - 1];
      // Backwards reads exclude their start position; stop rather than loop if the server did not move.
      if (records.length < HEAD_PAGE || !oldest || (before && !isBefore(oldest.position, before))) return LOG_START;
      before = oldest.position;
    }
  }

  dispose(): Promise<void> {
    return this.client.dispose();
  }

  private async currentVersion(streamId: string): Promise<number | 'no_stream'> {
    try {
      const newestFirst = { direction: BACKWARDS, fromRevision: END, maxCount: 1 } as const;
      const [last] = await collect(this.client.readStream(streamId, newestFirst));
      return last?.event ? Number(last.event.revision) : 'no_stream';
    } catch (error) {
      if (isStreamNotFound(error)) return 'no_stream';
      throw error;
    }
  }

  /** The event `eventId` as stored, looked up near `revision` first, then in the whole stream. */
  private async findWritten(
    streamId: string,
    eventId: string,
    revision: bigint,
    count: number,
  ): Promise<RecordedEvent> {
    const near = await collect(
      this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: revision, maxCount: count }),
    );
    const found = near.find((r) => r.event?.id === eventId)?.event;
    if (found) return toRecorded(found);
    const whole = await this.readStream(streamId);
    const inStream = whole.find((e) => e.eventId === eventId);
    if (!inStream) throw new Error(`appended event ${eventId} not found in ${streamId}`);
    return inStream;
  }
}

function isBefore(a: Position, b: Position): boolean {
  return a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);
}

function isStreamNotFound(error: unknown): boolean {
  return error instanceof StreamNotFoundError;
}

/**
 * Drains a read fully: leaving a gRPC read half-consumed would not cancel it,
 * so every read here asks for a bounded count and takes all of it.
 */
async function collect<T>(read: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}
