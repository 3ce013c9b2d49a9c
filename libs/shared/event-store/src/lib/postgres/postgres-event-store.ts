import {
  AppendResult,
  ConcurrencyError,
  DomainError,
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
} from '@maillage/shared/kernel';
import { Pool, PoolClient } from 'pg';

interface EventRow {
  event_id: string;
  type: string;
  schema_version: number;
  stream_id: string;
  stream_version: string;
  transaction_id: string;
  global_position: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
}

const EVENT_COLUMNS = `event_id, type, schema_version, stream_id, stream_version,
  transaction_id::text AS transaction_id, global_position, data, metadata`;

function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    logPosition: { transaction: Number(row.transaction_id), position: Number(row.global_position) },
    data: row.data,
    metadata: row.metadata,
  };
}

/** Thrown by the `append_to_stream` function (see the migration). */
const WRONG_EXPECTED_VERSION = 'MA001';
const PARTIAL_DUPLICATE = 'MA002';

/**
 * The default event store: one append-only table, one SQL function per append. Every read
 * returns events upcast to their current version; appends store each type's current version.
 */
export class PostgresEventStore implements EventStore {
  constructor(
    private readonly pool: Pool,
    private readonly upcasters: UpcasterRegistry = NO_UPCASTERS,
  ) {}

  private toCurrent = (row: EventRow): RecordedEvent => this.upcasters.upcast(toRecorded(row));

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    // A checked-out client, released without the error: pg's `pool.query`
    // would discard the connection on every failed append, and a stale
    // version is an ordinary outcome here, not a broken connection.
    const client = await this.pool.connect();
    try {
      return await this.appendWith(client, { streamId, events, expected });
    } finally {
      client.release();
    }
  }

  /**
   * One statement, so one transaction and one round trip: the streams' `append_to_stream`
   * calls run in the order given (each checks its version under its row lock), and a refusal
   * of any undoes them all. A refusal names the first stream whose expected version it reports.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (appends.length === 1) return [await this.append(appends[0].streamId, appends[0].events, appends[0].expected)];
    if (appends.some((a) => a.events.length === 0)) throw new Error('append needs at least one event');
    const sql = appends
      .map((_, i) => `SELECT ${i} AS part, stream_version, transaction_id::text AS transaction_id, global_position FROM append_to_stream($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`)
      .join(' UNION ALL ');
    const params = appends.flatMap((a) => [a.streamId, String(a.expected), JSON.stringify(this.payloadOf(a.events))]);
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ part: number; stream_version: string; transaction_id: string; global_position: string }>(sql, params);
      return appends.map((_, i) => lastOf(rows.filter((r) => Number(r.part) === i)));
    } catch (error) {
      throw translateError(error, ...refusedPart(error, appends));
    } finally {
      client.release();
    }
  }

  private async appendWith(client: PoolClient, { streamId, events, expected }: StreamAppend): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    try {
      const { rows } = await client.query<{ stream_version: string; transaction_id: string; global_position: string }>(
        'SELECT stream_version, transaction_id::text AS transaction_id, global_position FROM append_to_stream($1, $2, $3)',
        [streamId, String(expected), JSON.stringify(this.payloadOf(events))],
      );
      return lastOf(rows);
    } catch (error) {
      throw translateError(error, streamId, expected);
    }
  }

  private payloadOf(events: readonly NewEvent[]) {
    return events.map((e) => ({ eventId: e.eventId, type: e.type, schemaVersion: this.upcasters.versionOf(e), data: e.data, metadata: e.metadata }));
  }

  async readStream(streamId: string, { fromVersion = 0 }: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version`,
      [streamId, fromVersion],
    );
    return rows.map(this.toCurrent);
  }

  /**
   * Reads in (transaction, position) order and only below the oldest running
   * transaction's id, all in one statement so it sees one snapshot. When the
   * type filter leaves the page short, `next` jumps to the newest settled
   * event, so a filtered reader does not rescan what it skipped. One row per
   * event (each carrying the settled head), ordered by the table's xid8
   * columns — never by their text form, where '1000' sorts before '999'.
   */
  async readAll({ after, limit, types }: ReadAllOptions): Promise<ReadAllResult> {
    const { rows } = await this.pool.query<Partial<EventRow> & { head_tx: string; head_pos: string }>(
      `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
       page AS (
         SELECT e.event_id, e.type, e.schema_version, e.stream_id, e.stream_version,
                e.transaction_id::text AS transaction_id, e.global_position, e.data, e.metadata,
                e.transaction_id AS log_transaction
         FROM events e, horizon
         WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
           AND e.transaction_id < horizon.xmin
           AND ($4::text[] IS NULL OR e.type = ANY($4::text[]))
         ORDER BY e.transaction_id, e.global_position
         LIMIT $3),
       settled AS (
         SELECT e.transaction_id::text AS head_tx, e.global_position AS head_pos FROM events e, horizon
         WHERE e.transaction_id < horizon.xmin
         ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1)
       SELECT page.*, settled.* FROM settled LEFT JOIN page ON true
       ORDER BY page.log_transaction, page.global_position`,
      [String(after.transaction), after.position, limit, types && types.length > 0 ? [...types] : null],
    );
    // No row at all: nothing settled yet. One row of nulls plus the head: an empty page.
    const events = rows.filter((r): r is EventRow & typeof r => r.event_id != null).map(this.toCurrent);
    if (events.length === limit) {
      return { events, next: events[events.length - 1].logPosition };
    }
    const head: LogPosition = rows.length === 0 ? LOG_START : { transaction: Number(rows[0].head_tx), position: Number(rows[0].head_pos) };
    const lastRead = events.length > 0 ? events[events.length - 1].logPosition : after;
    return { events, next: maxPosition(lastRead, head) };
  }

  async headPosition(): Promise<LogPosition> {
    const { rows } = await this.pool.query<{ tx: string; pos: string }>(
      `SELECT transaction_id::text AS tx, global_position AS pos FROM events
       WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows.length === 0 ? LOG_START : { transaction: Number(rows[0].tx), position: Number(rows[0].pos) };
  }

  async committedHeadPosition(): Promise<LogPosition> {
    // Every row this snapshot sees is committed; the horizon does not apply.
    const { rows } = await this.pool.query<{ tx: string; pos: string }>(
      `SELECT transaction_id::text AS tx, global_position AS pos FROM events
       ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows.length === 0 ? LOG_START : { transaction: Number(rows[0].tx), position: Number(rows[0].pos) };
  }
}

function maxPosition(a: LogPosition, b: LogPosition): LogPosition {
  if (a.transaction !== b.transaction) return a.transaction > b.transaction ? a : b;
  return a.position >= b.position ? a : b;
}

function lastOf(rows: readonly { stream_version: string; transaction_id: string; global_position: string }[]): AppendResult {
  const last = rows.reduce((a, b) => (Number(b.stream_version) > Number(a.stream_version) ? b : a));
  return { streamVersion: Number(last.stream_version), logPosition: { transaction: Number(last.transaction_id), position: Number(last.global_position) } };
}

/** Which part of a multi-stream append a refusal is about: the first whose expected version (or stream, for a duplicate key) it names. */
function refusedPart(error: unknown, appends: readonly StreamAppend[]): [string, ExpectedVersion] {
  const pgError = error as { code?: string; detail?: string };
  let named: StreamAppend | undefined;
  if (pgError.code === WRONG_EXPECTED_VERSION) {
    const { expected } = JSON.parse(pgError.detail ?? '{}') as { expected?: string };
    named = appends.find((a) => String(a.expected) === expected);
  } else if (pgError.code === '23505') {
    named = appends.find((a) => pgError.detail?.includes(`(${a.streamId},`));
  }
  const part = named ?? appends[0];
  return [part.streamId, part.expected];
}

function translateError(error: unknown, streamId: string, expected: ExpectedVersion): unknown {
  const pgError = error as { code?: string; detail?: string };
  if (pgError.code === WRONG_EXPECTED_VERSION) {
    const detail = JSON.parse(pgError.detail ?? '{}') as { actual?: number | 'no_stream' };
    return new ConcurrencyError(streamId, expected, detail.actual ?? 'no_stream');
  }
  // Two writers creating the same stream version at once: the loser is stale.
  if (pgError.code === '23505' && (pgError as { constraint?: string }).constraint === 'events_stream_id_stream_version_key') {
    return new ConcurrencyError(streamId, expected, 'no_stream');
  }
  if (pgError.code === PARTIAL_DUPLICATE) {
    return new DomainError(
      'EVENT_STORE.PARTIAL_DUPLICATE',
      'conflict',
      'Une partie de ces événements a déjà été enregistrée : la requête ne peut pas être rejouée telle quelle.',
      { streamId },
    );
  }
  return error;
}
