import {
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  AppendResult,
  AppendToStreamOptions,
  EventData,
  EventStoreDBClient,
  JSONType,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  ResolvedEvent,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';

interface ProposedRecord {
  readonly id: string;
  readonly type: string;
  readonly data: JSONType;
  readonly metadata: JSONType | undefined;
}

interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly isJson: true;
  readonly revision: bigint;
  readonly type: string;
  readonly created: Date;
  readonly data: JSONType;
  readonly metadata: JSONType | undefined;
  readonly position: Position;
}

export interface InMemoryEventStoreDbOptions {
  /** Answer idempotent retries without a position, as servers that cannot look it up do. */
  readonly idempotentWithoutPosition?: boolean;
  /** After each append, write a `$>` link to `$ce-<category>` as the system projections would. */
  readonly systemLinks?: boolean;
}

/**
 * A stand-in for the parts of the ESDB gRPC client the adapter uses, written
 * from the server's documented behaviour: one writer, positions (p, p) per
 * event, idempotent retries by event id, inclusive forward and exclusive
 * backward $all reads. It checks the adapter's own logic only; the real server
 * runs the same contract in the `.int.spec` wherever EVENTSTORE_URL is set.
 */
export class InMemoryEventStoreDb {
  readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private nextPosition = BigInt(0);

  constructor(private readonly options: InMemoryEventStoreDbOptions = {}) {
    this.write('$epochs', [{ id: crypto.randomUUID(), type: '$epoch-information', data: {}, metadata: undefined }]);
  }

  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  /** Appends records as ESDB itself would (stats, settings, links). */
  writeSystemRecords(count: number): void {
    const record = (): ProposedRecord => ({ id: crypto.randomUUID(), type: '$statsCollected', data: {}, metadata: undefined });
    this.write('$stats-127.0.0.1:2113', Array.from({ length: count }, record));
  }

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    options: AppendToStreamOptions = {},
  ): Promise<AppendResult> {
    await new Promise((resolve) => setImmediate(resolve));
    const batch = (Array.isArray(events) ? events : [events]).map((e) => ({
      id: e.id,
      type: e.type,
      data: JSON.parse(JSON.stringify(e.data)) as JSONType,
      metadata: e.metadata === undefined ? undefined : (JSON.parse(JSON.stringify(e.metadata)) as JSONType),
    }));
    const expected = options.expectedRevision ?? 'any';
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length - 1;
    const duplicate = this.idempotentMatch(stream, batch.map((e) => e.id), expected);
    if (duplicate) {
      const position = this.options.idempotentWithoutPosition ? undefined : duplicate.position;
      return { success: true, nextExpectedRevision: duplicate.revision, position };
    }
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === -1) ||
      (expected === 'stream_exists' && current >= 0) ||
      (typeof expected === 'bigint' && expected === BigInt(current));
    if (!ok) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected,
        current: current === -1 ? 'no_stream' : BigInt(current),
      });
    }
    const written = this.write(streamName, batch);
    if (this.options.systemLinks) {
      this.write(`$ce-${streamName.split('-')[0]}`, [{ id: crypto.randomUUID(), type: '$>', data: '0@x', metadata: undefined }]);
    }
    return { success: true, nextExpectedRevision: written.revision, position: written.position };
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<ResolvedEvent> {
    const stream = this.streams.get(streamName);
    const { fromRevision = options.direction === 'backwards' ? 'end' : 'start', direction = 'forwards' } = options;
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return (async function* () {
      await Promise.resolve();
      if (!stream) throw new StreamNotFoundError(undefined, streamName);
      const from = fromRevision === 'start' ? 0 : fromRevision === 'end' ? stream.length - 1 : Number(fromRevision);
      const slice = direction === 'forwards' ? stream.slice(from) : stream.slice(0, from + 1).reverse();
      for (const event of slice.slice(0, maxCount)) yield { event: { ...event } } as ResolvedEvent;
    })();
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<AllStreamResolvedEvent> {
    const { fromPosition = 'start', direction = 'forwards' } = options;
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const log = this.log;
    return (async function* () {
      await Promise.resolve();
      // Forwards includes the record at the position, backwards stops before it.
      const slice =
        direction === 'forwards'
          ? log.filter((r) => fromPosition === 'start' || (fromPosition !== 'end' && !before(r.position, fromPosition)))
          : log.filter((r) => fromPosition === 'end' || (fromPosition !== 'start' && before(r.position, fromPosition))).reverse();
      for (const event of slice.slice(0, maxCount)) yield { event: { ...event } } as AllStreamResolvedEvent;
    })();
  }

  async dispose(): Promise<void> {
    return undefined;
  }

  /** ESDB's commit check: the same ids at the same place are a retry, not a new write. */
  private idempotentMatch(stream: StoredRecord[], ids: string[], expected: AppendExpectedRevision): StoredRecord | null {
    const start = expected === 'no_stream' ? 0 : typeof expected === 'bigint' ? Number(expected) + 1 : null;
    if (start === null) {
      const found = ids.map((id) => stream.find((r) => r.id === id));
      return found.every(Boolean) ? (found[found.length - 1] ?? null) : null;
    }
    if (start + ids.length > stream.length) return null;
    return ids.every((id, i) => stream[start + i].id === id) ? stream[start + ids.length - 1] : null;
  }

  private write(streamId: string, batch: readonly ProposedRecord[]): StoredRecord {
    const stream = this.streams.get(streamId) ?? [];
    this.streams.set(streamId, stream);
    let last: StoredRecord | null = null;
    for (const e of batch) {
      const position = { commit: this.nextPosition, prepare: this.nextPosition };
      this.nextPosition += BigInt(100 + JSON.stringify(e.data).length);
      const revision = BigInt(stream.length);
      last = { ...e, streamId, isJson: true, revision, created: new Date(), position };
      stream.push(last);
      this.log.push(last);
    }
    if (!last) throw new Error('empty batch');
    return last;
  }
}

function before(a: Position, b: Position): boolean {
  return a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);
}
