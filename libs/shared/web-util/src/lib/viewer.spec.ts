import { hasAnyRole, ViewerAccount } from './viewer';

const viewer = (...roles: string[]): ViewerAccount => ({ accountId: 'a', username: 'u', roles, agentId: null, displayName: 'U' });

describe('hasAnyRole', () => {
  it('holds when the viewer has one of the roles, never when nobody is signed in', () => {
    expect(hasAnyRole(viewer('agent', 'hr'), 'hr', 'admin')).toBe(true);
    expect(hasAnyRole(viewer('agent'), 'hr', 'admin')).toBe(false);
    expect(hasAnyRole(null, 'agent')).toBe(false);
  });
});
