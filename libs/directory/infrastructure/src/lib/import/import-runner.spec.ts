import { ImportTask, PlannedCommand } from '@maillage/directory/application';
import { ConcurrencyError, DomainError } from '@maillage/shared/kernel';
import { runImportPlan } from './import-runner';

const register = (agentId: string, managerId: string | null = null): PlannedCommand => ({
  type: 'RegisterAgent',
  data: { agentId, firstName: 'A', lastName: 'B', usualName: null, postTitle: 'P', unitId: null, managerId, workEmail: `${agentId}@m.test`, workPhone: null, office: null, startDate: null },
});
const task = (line: number, agentId: string, wave: number, commands: PlannedCommand[], extra: Partial<ImportTask> = {}): ImportTask => ({
  line, agentId, wave, snapshotVersion: null, dependsOn: [], commands, ...extra,
});

function fakePorts(fail: (command: PlannedCommand) => Error | null = () => null) {
  const sent: { command: PlannedCommand; expectedVersion: number | undefined }[] = [];
  const log: string[] = [];
  const progress: number[] = [];
  const versions = new Map<string, number>();
  let position = 0;
  return {
    sent, log, progress,
    ports: {
      async send(command: PlannedCommand, expectedVersion: number | undefined) {
        sent.push({ command, expectedVersion });
        const agentId = command.type === 'RegisterAgent' ? command.data.agentId : command.agentId;
        log.push(`sent ${agentId}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`stored ${agentId}`);
        const error = fail(command);
        if (error) throw error;
        const version = (versions.get(agentId) ?? (command.type === 'RegisterAgent' ? -1 : 4)) + 1;
        versions.set(agentId, version);
        return { appended: 1, streamVersion: version, logPosition: { transaction: 1, position: ++position } };
      },
      onProgress: (processed: number) => progress.push(processed),
      onUnexpectedError: () => undefined,
    },
  };
}

describe('runImportPlan', () => {
  it('given two waves, when running, then starts the second once the first is stored and counts every row', async () => {
    const fake = fakePorts();
    const result = await runImportPlan(5, [task(2, 'm', 0, [register('m')]), task(3, 'r', 1, [register('r', 'm')], { dependsOn: ['m'] })], fake.ports);
    expect(fake.sent.map((s) => (s.command.type === 'RegisterAgent' ? s.command.data.agentId : ''))).toEqual(['m', 'r']);
    expect(fake.log).toEqual(['sent m', 'stored m', 'sent r', 'stored r']);
    expect(fake.progress).toEqual([4, 5]);
    expect(result).toMatchObject({ processedRows: 5, lastPosition: { transaction: 1, position: 2 } });
    expect([...result.results]).toEqual([
      [2, { applied: true }],
      [3, { applied: true }],
    ]);
  });

  it('given an existing agent with several commands, when running, then each versioned command expects the version the previous one left', async () => {
    const fake = fakePorts();
    await runImportPlan(1, [
      task(2, 'a', 0, [{ type: 'ChangeAgentFields', agentId: 'a', changes: { office: 'B' } }, { type: 'ChangeAgentStatus', agentId: 'a', status: 'on_leave' }], { snapshotVersion: 4 }),
      task(2, 'a', 1, [{ type: 'AssignManager', agentId: 'a', managerId: null }], { snapshotVersion: 4 }),
    ], fake.ports);
    expect(fake.sent.map((s) => s.expectedVersion)).toEqual([4, undefined, 6]);
  });

  it('given a concurrent edit, when running, then that row fails with its own code and the others go on', async () => {
    const fake = fakePorts((c) => (c.type === 'ChangeAgentFields' && c.agentId === 'a' ? new ConcurrencyError('agent-a', 4, 5) : null));
    const result = await runImportPlan(2, [
      task(2, 'a', 0, [{ type: 'ChangeAgentFields', agentId: 'a', changes: { office: 'B' } }], { snapshotVersion: 4 }),
      task(3, 'b', 0, [{ type: 'ChangeAgentFields', agentId: 'b', changes: { office: 'B' } }], { snapshotVersion: 4 }),
    ], fake.ports);
    expect(result.results.get(2)).toEqual({ applied: false, error: expect.objectContaining({ code: 'IMPORT.CONCURRENT_EDIT' }) });
    expect(result.results.get(3)).toEqual({ applied: true });
  });

  it('given a new manager who could not be registered, when running, then their reports fail without being sent', async () => {
    const fake = fakePorts((c) => (c.type === 'RegisterAgent' && c.data.agentId === 'm' ? new DomainError('DIRECTORY.AGENT_ALREADY_REGISTERED', 'conflict', 'Déjà inscrit.') : null));
    const result = await runImportPlan(2, [task(2, 'm', 0, [register('m')]), task(3, 'r', 1, [register('r', 'm')], { dependsOn: ['m'] })], fake.ports);
    expect(result.results.get(2)).toEqual({ applied: false, error: { code: 'DIRECTORY.AGENT_ALREADY_REGISTERED', message: 'Déjà inscrit.' } });
    expect(result.results.get(3)).toEqual({ applied: false, error: { code: 'IMPORT.MANAGER_NOT_IMPORTED', message: 'Le responsable (ligne 2) n’a pas pu être importé.' } });
    expect(fake.sent).toHaveLength(1);
  });

  it('given a row that failed in an earlier wave, when its later task comes, then it is skipped', async () => {
    const fake = fakePorts((c) => (c.type === 'ChangeAgentFields' ? new Error('database gone') : null));
    const result = await runImportPlan(1, [
      task(2, 'a', 0, [{ type: 'ChangeAgentFields', agentId: 'a', changes: { office: 'B' } }], { snapshotVersion: 1 }),
      task(2, 'a', 1, [{ type: 'AssignManager', agentId: 'a', managerId: null }], { snapshotVersion: 1 }),
    ], fake.ports);
    expect(result.results.get(2)).toEqual({ applied: false, error: expect.objectContaining({ code: 'IMPORT.APPLY_FAILED' }) });
    expect(fake.sent).toHaveLength(1);
    expect(result.processedRows).toBe(1);
  });
});
