import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  AgentEvent,
  ORGANISATION_STREAM_ID,
  OrgUnitEvent,
  OrganisationStructure,
  OrganisationStructureChangedData,
  STRUCTURE_EVENT_TYPES,
  structureChangeOf,
  structureChangesOf,
} from '@maillage/directory/domain';
import {
  AppendResult,
  CommandContext,
  CommandOutcome,
  ConcurrencyError,
  Decider,
  DomainError,
  EVENT_STORE,
  EventStore,
  ExpectedVersion,
  LOG_START,
  RecordedEvent,
  comparePositions,
} from '@maillage/shared/kernel';

/** Attempts of one command against decisions taken meanwhile elsewhere, before it gives up with 409. */
const ATTEMPTS = 8;
const LEGACY_PAGE = 5_000;

const busy = () =>
  new DomainError('DIRECTORY.ORGANISATION_BUSY', 'conflict', 'L’organisation est modifiée en ce moment par d’autres personnes : réessayez dans un instant.');

/**
 * Decides every change of the structure (who reports to whom, which agent is in which unit,
 * which unit is under which, open or closed) against the structure folded from the log, never
 * from a read model, and appends the agent's or unit's events together with a record of the new
 * placement on the organisation stream, at the version that structure was folded to. A decision
 * taken elsewhere in the meantime makes that append fail: the command is decided again on the
 * newer structure (and may then be refused by a rule), so a race cannot store a reporting cycle
 * or put an agent in a closed unit.
 *
 * The folded structure is kept in memory. Decisions of this instance run one at a time (a
 * queue), so its own commands never collide; another instance's decisions are read (from the
 * version in memory on) when an append fails for them, and before a refusal is given.
 */
@Injectable()
export class OrganisationGuard implements OnApplicationBootstrap {
  private readonly logger = new Logger('OrganisationGuard');
  private structure = new OrganisationStructure();
  private version = -1;
  private loaded: Promise<void> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Folds the log in the background at start, so the first command does not wait for it. */
  onApplicationBootstrap(): void {
    this.exclusive(() => this.ready()).catch((error: unknown) => this.logger.warn(`Organisation not folded at start, will retry on first use: ${String(error)}`));
  }

  /** A look at the structure as the log has it now, for checks that record nothing. */
  read<T>(look: (structure: OrganisationStructure) => T): Promise<T> {
    return this.exclusive(async () => {
      await this.ready();
      await this.catchUp();
      return look(this.structure);
    });
  }

  /**
   * Load → decide → append, as `handleCommand` (same answers to a stale `expectedVersion`),
   * with the command built from the structure and the organisation stream appended in the
   * same atomic write when the events move someone or something.
   */
  async decide<Command, Event extends AgentEvent | OrgUnitEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: (structure: OrganisationStructure) => Command,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // The agent's or unit's own stream is read outside the queue: its expected version protects it.
      const history = (await this.store.readStream(streamId)) as readonly RecordedEvent<Event>[];
      const current = history.length === 0 ? 'no_stream' : history[history.length - 1].streamVersion;
      const expected = context.expectedVersion;
      const stale = expected !== undefined && expected !== current;
      // An edit naming a version of something that does not exist: let the decider say "not found" first.
      if (stale && history.length > 0) throw new ConcurrencyError(streamId, expected, current);
      const state = history.reduce((acc, e) => decider.evolve(acc, { type: e.type, data: e.data } as Event), decider.initialState());
      const outcome = await this.exclusive(async (): Promise<CommandOutcome | null> => {
        await this.ready();
        const events = await this.decideFresh(() => decider.decide(command(this.structure), state));
        if (stale) throw new ConcurrencyError(streamId, expected, current);
        if (events.length === 0) return { appended: 0, streamVersion: current === 'no_stream' ? -1 : current };
        try {
          // The types read-your-writes waits for: the agent's or unit's own (the organisation record feeds no read model).
          return { appended: events.length, eventTypes: [...new Set(events.map((event) => event.type))], ...(await this.append(streamId, events, current, context)) };
        } catch (error) {
          // Moved meanwhile: the organisation (another instance decided), or the stream itself when the caller named no version.
          const retry = error instanceof ConcurrencyError && (error.streamId === ORGANISATION_STREAM_ID || expected === undefined);
          if (!retry) throw error;
          await this.catchUp();
          return null;
        }
      });
      if (outcome) return outcome;
    }
    throw busy();
  }

  /** Decides on the structure in memory; a refusal stands only once that structure is known to be current. */
  private async decideFresh<T>(decide: () => T): Promise<T> {
    try {
      return decide();
    } catch (error) {
      if (!(error instanceof DomainError) || !(await this.catchUp())) throw error;
      return decide();
    }
  }

  private async append(streamId: string, events: readonly (AgentEvent | OrgUnitEvent)[], expected: ExpectedVersion, context: CommandContext): Promise<AppendResult> {
    const own = events.map((event) => ({ eventId: context.newEventId(), type: event.type, data: event.data, metadata: context.metadata }));
    const changes = structureChangesOf(events, this.structure);
    if (changes.length === 0) return this.store.append(streamId, own, expected);
    const records = changes.map((data) => ({ eventId: context.newEventId(), type: 'OrganisationStructureChanged', data, metadata: context.metadata }));
    // The organisation stream first: it decides the race (and is all EventStoreDB refuses before writing anything).
    const [organisation, result] = await this.store.appendToStreams([
      { streamId: ORGANISATION_STREAM_ID, events: records, expected: this.version < 0 ? 'no_stream' : this.version },
      { streamId, events: own, expected },
    ]);
    changes.forEach((change) => this.structure.record(change));
    this.version = organisation.streamVersion;
    return result;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private ready(): Promise<void> {
    this.loaded ??= this.load().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  /**
   * Logs written before the organisation stream existed hold the structure only in the agents'
   * and units' own events: fold those first, then the organisation stream, whose placements are
   * newer than any of them and win. Both are read in full once per process.
   */
  private async load(): Promise<void> {
    const started = Date.now();
    const structure = new OrganisationStructure();
    let after = LOG_START;
    let legacy = 0;
    for (;;) {
      const { events, next } = await this.store.readAll({ after, limit: LEGACY_PAGE, types: STRUCTURE_EVENT_TYPES });
      for (const recorded of events) {
        const change = structureChangeOf({ type: recorded.type, data: recorded.data } as AgentEvent | OrgUnitEvent, structure);
        if (change) structure.record(change);
      }
      legacy += events.length;
      if (events.length === 0 && comparePositions(next, after) <= 0) break;
      after = next;
    }
    this.structure = structure;
    this.version = -1;
    await this.catchUp();
    this.logger.log(`Organisation folded from the log: ${legacy} agent and unit events, organisation stream at version ${this.version}, in ${Date.now() - started} ms`);
  }

  /** Reads what the organisation stream holds past the version in memory; true if there was any. */
  private async catchUp(): Promise<boolean> {
    const events = await this.store.readStream(ORGANISATION_STREAM_ID, { fromVersion: this.version + 1 });
    for (const recorded of events) {
      if (recorded.type === 'OrganisationStructureChanged') this.structure.record(recorded.data as OrganisationStructureChangedData);
      this.version = recorded.streamVersion;
    }
    return events.length > 0;
  }
}
