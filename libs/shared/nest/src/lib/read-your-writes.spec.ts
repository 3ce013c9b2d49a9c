import { ReadModelWaiter } from '@maillage/shared/event-store';
import { ReadYourWrites } from './read-your-writes';

/** A waiter whose database fails: what a committed write may meet on its way back. */
class FailingWaiter extends ReadModelWaiter {
  constructor() {
    super(null as never, [], null);
  }
  override waitFor(): Promise<boolean> {
    return Promise.reject(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' }));
  }
}

describe('ReadYourWrites', () => {
  it('answers a committed write as a success, not consistent, when waiting for the read side fails', async () => {
    const answer = await new ReadYourWrites(new FailingWaiter(), 50).answer('agent-1', { appended: 1, streamVersion: 0, logPosition: { transaction: 9, position: 12 } });
    expect(answer).toEqual({ id: 'agent-1', version: 0, position: { transaction: 9, position: 12 }, consistent: false });
  });
});

/** Records what it was asked to wait for. */
class RecordingWaiter extends ReadModelWaiter {
  readonly asked: (readonly string[] | undefined)[] = [];
  constructor() {
    super(null as never, [], null);
  }
  override waitFor(_position: unknown, _timeoutMs?: number, eventTypes?: readonly string[]): Promise<boolean> {
    this.asked.push(eventTypes);
    return Promise.resolve(true);
  }
}

describe('ReadYourWrites, waiting for the read models', () => {
  it('tells the waiter the types the command appended, so only the projections consuming them are waited for', async () => {
    const waiter = new RecordingWaiter();
    const outcome = { appended: 2, eventTypes: ['AgentSkillDeclared', 'SkillSharingChanged'], streamVersion: 1, logPosition: { transaction: 9, position: 12 } };
    expect(await new ReadYourWrites(waiter, 50).answer('agent-1', outcome)).toMatchObject({ consistent: true });
    expect(waiter.asked).toEqual([['AgentSkillDeclared', 'SkillSharingChanged']]);
  });

  it('answers consistent without waiting when the command appended nothing', async () => {
    const waiter = new RecordingWaiter();
    expect(await new ReadYourWrites(waiter, 50).answer('agent-1', { appended: 0, streamVersion: 3 })).toEqual({ id: 'agent-1', version: 3, position: null, consistent: true });
    expect(waiter.asked).toEqual([]);
  });
});
