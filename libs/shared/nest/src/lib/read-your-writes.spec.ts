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
