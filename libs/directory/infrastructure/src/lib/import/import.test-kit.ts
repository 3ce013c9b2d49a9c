import { Global, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { CreateOrgUnitCommand, RegisterAgentCommand } from '@maillage/directory/application';
import { AgentRegisteredData, OrgUnitCreatedData } from '@maillage/directory/domain';
import { GOVERNED_FIELDS, GovernedField, REDACTOR, Redacted, Redactor, Viewer } from '@maillage/governance/contracts';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, PoolSql, ProjectionRunner, ReadModelWaiter } from '@maillage/shared/event-store';
import { Actor, CLOCK, EVENT_STORE, SQL, systemActor, systemClock } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { DirectoryInfrastructureModule } from '../directory-infrastructure.module';
import { DIRECTORY_MIGRATIONS } from '../directory.migration';
import { DirectoryProjection } from '../directory.projections';
import { IMPORT_OPTIONS, ImportService } from './import.service';

/** What `createTestDatabase` (shared/testing, for specs only) gives. */
export interface TestDatabase {
  readonly url: string;
  readonly pool: Pool;
  drop(): Promise<void>;
}

/** The migrations the import's tests need, for `createTestDatabase`. */
export const IMPORT_TEST_MIGRATIONS = [...EVENT_STORE_MIGRATIONS, ...DIRECTORY_MIGRATIONS];

/** One call to the redaction point, as the test redactor saw it. */
export interface RedactionCall {
  readonly viewer: Viewer;
  readonly subjectAgentId: string;
  readonly fields: readonly string[];
  readonly purpose: string;
}

/**
 * Stands in for governance's PolicyRedactor (tested on its own, and end to end
 * in the API): HR sees every governed field, anyone else none, with HR as who
 * may. It records each call, so a test can tell what passed through it.
 */
export class RecordingRedactor implements Redactor {
  readonly calls: RedactionCall[] = [];

  async redact<T extends object>(viewer: Viewer, subjectAgentId: string, fields: T, purpose: string): Promise<Redacted<T>> {
    this.calls.push({ viewer, subjectAgentId, fields: Object.keys(fields), purpose });
    if (viewer.roles.includes('hr')) return { shown: fields, hidden: [] };
    return { shown: {}, hidden: Object.keys(fields).map((field) => ({ field, visibleTo: ['self', 'hr'] })) } as unknown as Redacted<T>;
  }

  redactMany<T extends object>(viewer: Viewer, subjects: readonly { readonly agentId: string; readonly fields: T }[], purpose: string): Promise<Redacted<T>[]> {
    return Promise.all(subjects.map((s) => this.redact(viewer, s.agentId, s.fields, purpose)));
  }

  /** HR may search on every field; anyone else on none (the import's tests search as HR or the system). */
  async searchableFields(viewer: Viewer): Promise<ReadonlySet<GovernedField>> {
    return new Set(viewer.roles.includes('hr') ? GOVERNED_FIELDS : []);
  }
}

/** The directory's write side, projection and import service over a fresh test database, wired as the app wires them. */
export interface ImportHarness {
  readonly db: TestDatabase;
  readonly app: INestApplicationContext;
  readonly imports: ImportService;
  readonly commands: CommandBus;
  readonly waiter: ReadModelWaiter;
  readonly store: PostgresEventStore;
  readonly redactor: RecordingRedactor;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** False for a second instance on the same database: it neither projects nor drops the database. */
  readonly owner?: boolean;
}

export async function startImportHarness(db: TestDatabase, { owner = true }: HarnessOptions = {}): Promise<ImportHarness> {
  const store = new PostgresEventStore(db.pool);
  const runner = new ProjectionRunner(db.pool, store, [new DirectoryProjection()]);
  const waiter = new ReadModelWaiter(db.pool, ['directory'], runner);
  const redactor = new RecordingRedactor();

  @Global()
  @Module({
    providers: [
      { provide: EVENT_STORE, useValue: store },
      { provide: CLOCK, useValue: systemClock },
      { provide: ReadModelWaiter, useValue: waiter },
      { provide: REDACTOR, useValue: redactor },
      { provide: SQL, useValue: new PoolSql(db.pool) },
    ],
    exports: [EVENT_STORE, CLOCK, ReadModelWaiter, REDACTOR, SQL],
  })
  class TestPlatformModule {}

  @Module({
    imports: [CqrsModule.forRoot(), TestPlatformModule, DirectoryInfrastructureModule],
    providers: [ImportService, { provide: IMPORT_OPTIONS, useValue: { readModelWaitMs: 30_000, progressEveryMs: 100 } }],
  })
  class TestImportModule {}

  const app = await NestFactory.createApplicationContext(TestImportModule, { logger: ['error'] });
  await app.init();
  if (owner) runner.start();
  return {
    db,
    app,
    imports: app.get(ImportService),
    commands: app.get(CommandBus),
    waiter,
    store,
    redactor,
    async close() {
      if (owner) await runner.stop();
      await app.close();
      if (owner) await db.drop();
    },
  };
}

export const importer: Actor = { accountId: 'account-rh', agentId: null, roles: ['agent', 'hr'], requestId: 'req-import' };
export const dlsi: Actor = { accountId: 'account-admin', agentId: null, roles: ['agent', 'admin'], requestId: 'req-admin' };

/** Creates units and agents through the real commands (checked on the write side: no wait between), then waits for the read model. */
export async function seedDirectory(harness: ImportHarness, units: readonly OrgUnitCreatedData[], agents: readonly AgentRegisteredData[]): Promise<void> {
  const actor = systemActor('seed');
  for (const unit of units) await harness.commands.execute(new CreateOrgUnitCommand(unit, actor));
  for (const agent of agents) await harness.commands.execute(new RegisterAgentCommand(agent, actor));
  await harness.waiter.waitFor(await harness.store.committedHeadPosition(), 30_000);
}

export async function eventCount(harness: ImportHarness): Promise<number> {
  return Number((await harness.db.pool.query('SELECT count(*) AS n FROM events')).rows[0].n);
}

export const utf8 = (...lines: string[]): Buffer => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
