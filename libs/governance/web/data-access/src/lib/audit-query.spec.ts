import { auditParams, auditPeriodError, nextDay } from './audit-query';
import type { AuditCriteria } from './privacy.model';

const none: AuditCriteria = { viewerAgentId: null, subjectAgentId: null, field: null, from: null, to: null, limit: 100 };

describe('auditParams', () => {
  it('sends only the limit when no criterion is set', () => {
    expect(auditParams(none)).toEqual({ limit: '100' });
  });

  it('includes the last day of the period: the API bound is exclusive', () => {
    expect(auditParams({ ...none, from: '2026-03-01', to: '2026-03-31' })).toEqual({ limit: '100', from: '2026-03-01', to: '2026-04-01' });
  });

  it('passes the people and the field searched for', () => {
    expect(auditParams({ ...none, viewerAgentId: 'v-1', subjectAgentId: 's-1', field: 'grade', limit: 1000 })).toEqual({
      limit: '1000',
      viewerAgentId: 'v-1',
      subjectAgentId: 's-1',
      field: 'grade',
    });
  });
});

describe('nextDay', () => {
  it('crosses the end of a month, a year and a leap day', () => {
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});

describe('auditPeriodError', () => {
  it('accepts an open or a well-ordered period, a single day included', () => {
    expect(auditPeriodError({ from: null, to: null })).toBeNull();
    expect(auditPeriodError({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });

  it('refuses a period that ends before it starts', () => {
    expect(auditPeriodError({ from: '2026-03-02', to: '2026-03-01' })).toBe('La date de début doit précéder la date de fin.');
  });
});
