import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPETENCES_EVENT_TYPES, agentSkillsDecider, competencesStoredEvents, skillDecider } from '@maillage/competences/domain';
import { COMPETENCES_MIGRATIONS, competencesDirectoryConsumers, competencesProjections } from '@maillage/competences/infrastructure';
import { DIRECTORY_EVENT_TYPES, OrganisationStructure, agentDecider, directoryStoredEvents, evolveOrganisation, orgUnitDecider } from '@maillage/directory/domain';
import { DIRECTORY_MIGRATIONS, DIRECTORY_PUBLISHES, DirectoryPublisher, directoryProjections } from '@maillage/directory/infrastructure';
import { GOVERNANCE_EVENT_TYPES, governanceStoredEvents, policyDecider, sharingDecider } from '@maillage/governance/domain';
import { GOVERNANCE_MIGRATIONS, governanceDirectoryConsumers, governanceProjections } from '@maillage/governance/infrastructure';
import { IDENTITY_EVENT_TYPES, accountDecider, identityStoredEvents } from '@maillage/identity/domain';
import { IDENTITY_MIGRATIONS, identityProjections } from '@maillage/identity/infrastructure';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, Projection, subscribe } from '@maillage/shared/event-store';
import { DomainEvent, EventMetadata, LOG_START, RecordedEvent, StoredEventCatalog, UpcasterRegistry } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';

/** Every context's schema: the replays below write to all of them. */
const MIGRATIONS = [...EVENT_STORE_MIGRATIONS, ...DIRECTORY_MIGRATIONS, ...IDENTITY_MIGRATIONS, ...GOVERNANCE_MIGRATIONS, ...COMPETENCES_MIGRATIONS];

/**
 * Golden replay: one stored example of every event type and version ever written (the JSON files
 * beside this test, `NN-<Type>.v<version>.json`, replayed in NN order per context), appended as
 * stored, read back through the store's upcasters, folded by its domain evolve and applied by its
 * context's projections on a real PostgreSQL. Adding an event type or a version without a
 * fixture fails here.
 */
interface Deciders {
  readonly [streamPrefix: string]: { evolve: (state: never, event: never) => unknown; initialState: () => unknown };
}
interface Context {
  readonly name: string;
  readonly catalog: StoredEventCatalog;
  readonly types: readonly string[];
  readonly deciders: Deciders;
  readonly projections: () => Projection[];
}

const CONTEXTS: readonly Context[] = [
  { name: 'directory', catalog: directoryStoredEvents, types: DIRECTORY_EVENT_TYPES, deciders: { 'agent-': agentDecider, 'orgunit-': orgUnitDecider, organisation: { evolve: evolveOrganisation, initialState: () => new OrganisationStructure() } }, projections: directoryProjections },
  { name: 'identity', catalog: identityStoredEvents, types: IDENTITY_EVENT_TYPES, deciders: { 'account-': accountDecider }, projections: identityProjections },
  { name: 'governance', catalog: governanceStoredEvents, types: GOVERNANCE_EVENT_TYPES, deciders: { 'visibilitypolicy-': policyDecider, 'sharing-': sharingDecider }, projections: governanceProjections },
  { name: 'competences', catalog: competencesStoredEvents, types: COMPETENCES_EVENT_TYPES, deciders: { 'skill-': skillDecider, 'agentskills-': agentSkillsDecider }, projections: competencesProjections },
];

interface Fixture {
  readonly file: string;
  readonly streamId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

const fixturesOf = (context: string): Fixture[] =>
  readdirSync(join(__dirname, context))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(__dirname, context, file), 'utf8')) as Omit<Fixture, 'file'>) }));

const metadata: EventMetadata = { actorId: 'golden', roles: ['admin'], correlationId: 'golden', causationId: null, occurredAt: '2026-12-01T09:00:00Z' };
const registry = new UpcasterRegistry(CONTEXTS.map((c) => c.catalog));

describe.each(CONTEXTS.map((c) => [c.name, c] as const))('golden events of %s', (_name, context) => {
  const fixtures = fixturesOf(context.name);

  it('has one fixture per event type and version ever written, and none for a type or version that never was', () => {
    const expected = context.types.flatMap((type) =>
      Array.from({ length: registry.currentVersion(type) }, (_, i) => `${type}.v${i + 1}`),
    );
    const present = fixtures.map((f) => `${f.type}.v${f.schemaVersion}`);
    expect([...present].sort()).toEqual([...expected].sort());
    fixtures.forEach((f) => expect(f.file).toMatch(new RegExp(`^\\d\\d-${f.type}\\.v${f.schemaVersion}\\.json$`)));
  });

  it('lists exactly the types its catalog declares', () => {
    expect([...context.types].sort()).toEqual(Object.keys(context.catalog.versions).sort());
  });

  describe('replayed on PostgreSQL', () => {
    let db: TestDatabase;
    let read: readonly RecordedEvent[];
    beforeAll(async () => {
      db = await createTestDatabase(MIGRATIONS);
      const store = new PostgresEventStore(db.pool, registry);
      for (const f of fixtures) {
        await store.append(f.streamId, [{ eventId: randomUUID(), type: f.type, schemaVersion: f.schemaVersion, data: f.data, metadata }], 'any');
      }
      // The horizon is cluster-wide: wait until every appended event is readable.
      const deadline = Date.now() + 20_000;
      do read = (await store.readAll({ after: LOG_START, limit: 1000 })).events;
      while (read.length < fixtures.length && Date.now() < deadline && (await new Promise((r) => setTimeout(r, 50)), true));
    }, 60_000);
    afterAll(() => db.drop());

    it('reads every event back upcast to its current version', () => {
      expect(read.map((e) => e.type)).toEqual(fixtures.map((f) => f.type));
      read.forEach((e) => expect(e.schemaVersion).toBe(registry.currentVersion(e.type)));
    });

    it('folds every stream with its domain evolve without error', () => {
      const streams = new Map<string, RecordedEvent[]>();
      read.forEach((e) => streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]));
      for (const [streamId, events] of streams) {
        const prefix = Object.keys(context.deciders).find((p) => streamId.startsWith(p));
        expect(prefix).toBeDefined();
        const decider = context.deciders[prefix!] as unknown as { evolve: (s: unknown, e: DomainEvent) => unknown; initialState: () => unknown };
        expect(() => events.reduce((state, e) => decider.evolve(state, { type: e.type, data: e.data }), decider.initialState())).not.toThrow();
      }
    });

    /**
     * Each event goes to each projection of its context, one at a time: a projection declaring its
     * type must change its rows (it does not skip it), one not declaring it must leave them as they
     * were (it has no handler the runner would never feed). So `eventTypes` and `apply` agree.
     */
    it('applies every event in each projection that declares its type, and nothing in those that do not', async () => {
      const snapshot = async (projection: Projection) =>
        Promise.all(projection.readModelTables.map(async (table) => (await db.pool.query(`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS h FROM ${table} t`)).rows[0].h as string));
      const outcomes: string[] = [];
      for (const event of read) {
        for (const projection of context.projections()) {
          const before = await snapshot(projection);
          await projection.apply([event], db.pool);
          const changed = JSON.stringify(await snapshot(projection)) !== JSON.stringify(before);
          const declared = projection.eventTypes.includes(event.type);
          if (changed !== declared) outcomes.push(`${projection.name} ${declared ? 'ignored' : 'handled undeclared'} ${event.type} v${event.schemaVersion}`);
        }
      }
      expect(outcomes).toEqual([]);
    });
  });
});

/**
 * The same stored directory events, read back upcast, through the directory's translator into each
 * other context's copy (what the app's subscriptions run): a projection never changes its rows for a
 * domain type it does not subscribe to, and every integration type a consumer declares is handled
 * (changes its rows for some fixture). Integration events are not stored: the translator gives them
 * again on any replay, so they have no fixture of their own.
 */
describe('golden directory events through the copies other contexts keep', () => {
  const consumers = [...competencesDirectoryConsumers(), ...governanceDirectoryConsumers()];
  let db: TestDatabase;
  let read: readonly RecordedEvent[];
  beforeAll(async () => {
    db = await createTestDatabase(MIGRATIONS);
    const store = new PostgresEventStore(db.pool, registry);
    const fixtures = fixturesOf('directory');
    for (const f of fixtures) {
      await store.append(f.streamId, [{ eventId: randomUUID(), type: f.type, schemaVersion: f.schemaVersion, data: f.data, metadata }], 'any');
    }
    const deadline = Date.now() + 20_000;
    do read = (await store.readAll({ after: LOG_START, limit: 1000 })).events;
    while (read.length < fixtures.length && Date.now() < deadline && (await new Promise((r) => setTimeout(r, 50)), true));
  }, 60_000);
  afterAll(() => db.drop());

  it('applies every directory event through each subscription, and each declared integration type changes its copy', async () => {
    const snapshot = async (projection: Projection) =>
      Promise.all(projection.readModelTables.map(async (table) => (await db.pool.query(`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS h FROM ${table} t`)).rows[0].h as string));
    const outcomes: string[] = [];
    for (const consumer of consumers) {
      const projection = subscribe(new DirectoryPublisher(), consumer);
      const handled = new Set<string>();
      for (const event of read) {
        for (const directory of directoryProjections()) await directory.apply([event], db.pool);
        const before = await snapshot(projection);
        await projection.apply([event], db.pool);
        const changed = JSON.stringify(await snapshot(projection)) !== JSON.stringify(before);
        const subscribed = (projection.eventTypes as readonly string[]).includes(event.type);
        if (changed && !subscribed) outcomes.push(`${consumer.name} handled unsubscribed ${event.type}`);
        if (changed) DIRECTORY_PUBLISHES[event.type as keyof typeof DIRECTORY_PUBLISHES].forEach((type) => handled.add(type));
      }
      for (const type of consumer.eventTypes) if (!handled.has(type)) outcomes.push(`${consumer.name} never handled ${type}`);
    }
    expect(outcomes).toEqual([]);
  });
});
