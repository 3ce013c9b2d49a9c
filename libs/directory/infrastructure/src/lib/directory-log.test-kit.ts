import { randomUUID } from 'node:crypto';
import { AgentRegisteredData, OrgUnitKind } from '@maillage/directory/domain';
import { PostgresEventStore, ProjectionRunner, ReadModelWaiter } from '@maillage/shared/event-store';
import { EventMetadata, LOG_START, LogPosition } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { DirectoryProjection } from './directory.projections';

const metadata: EventMetadata = { actorId: 'hr-1', roles: ['hr'], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T09:00:00Z' };

/** Directory events appended to a test database's log, and the directory projection run up to them. Specs only. */
export class DirectoryLog {
  readonly store: PostgresEventStore;
  private last: LogPosition = LOG_START;

  /** A database from `createTestDatabase` (shared/testing, which only specs may import). */
  constructor(private readonly db: { readonly pool: Pool }) {
    this.store = new PostgresEventStore(db.pool);
  }

  async append(streamId: string, type: string, data: unknown): Promise<void> {
    this.last = (await this.store.append(streamId, [{ eventId: randomUUID(), type, data, metadata }], 'any')).logPosition;
  }

  async unit(unitId: string, name: string, kind: OrgUnitKind, parentId: string | null = null): Promise<void> {
    await this.append(`orgunit-${unitId}`, 'OrgUnitCreated', { unitId, name, kind, parentId });
  }

  async agent(data: Pick<AgentRegisteredData, 'firstName' | 'lastName' | 'postTitle' | 'unitId'> & Partial<AgentRegisteredData>): Promise<string> {
    const agentId = data.agentId ?? randomUUID();
    await this.append(`agent-${agentId}`, 'AgentRegistered', {
      usualName: null,
      managerId: null,
      workEmail: `${agentId}@mairie-exemple.fr`,
      workPhone: null,
      office: null,
      startDate: '2020-01-02',
      ...data,
      agentId,
    });
    return agentId;
  }

  /**
   * Projects up to the last append. Other databases of the shared test cluster
   * may hold transactions open (which holds back what a reader may see), so
   * wait for the position rather than for one catch-up pass.
   */
  async project(batchSize = 2): Promise<void> {
    const runner = new ProjectionRunner(this.db.pool, this.store, [new DirectoryProjection()], { batchSize, idleMs: 10 });
    try {
      runner.start();
      if (!(await new ReadModelWaiter(this.db.pool, ['directory'], runner).waitFor(this.last, 20_000))) {
        throw new Error('The directory projection did not reach the last append within 20 s');
      }
    } finally {
      await runner.stop();
    }
  }
}
