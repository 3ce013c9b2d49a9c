import { agentStatusLine, frenchLongDate } from './agent-status-label';

describe('agentStatusLine', () => {
  it('says when a departed agent left, as a French date', () => {
    expect(agentStatusLine('departed', '2026-12-31')).toBe('A quitté la collectivité le 31 décembre 2026');
  });

  it('still says the agent left when the date is unknown', () => {
    expect(agentStatusLine('departed', null)).toBe('A quitté la collectivité');
  });

  it('says an agent is on leave, and nothing for an active one', () => {
    expect(agentStatusLine('on_leave', null)).toBe('En congé');
    expect(agentStatusLine('active', null)).toBeNull();
  });
});

describe('frenchLongDate', () => {
  it('never shifts a date-only value by a day, whatever the time zone', () => {
    expect(frenchLongDate('2026-01-01')).toBe('1er janvier 2026');
    expect(frenchLongDate('2026-03-09T00:00:00.000Z')).toBe('9 mars 2026');
  });
});
