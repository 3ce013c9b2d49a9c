import { BadRequestException } from '@nestjs/common';
import { RequestSafetyPipe, isRealCalendarDate } from './request-safety.pipe';

const pipe = new RequestSafetyPipe();
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return ((error as BadRequestException).getResponse() as { code: string }).code;
  }
};

describe('calendar dates', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '2026-03-01T23:59:59Z', '2026-03-01T10:00:00.000+01:00', 'pas une date', '12/31/2026'])('accepts %p', (value) => {
    expect(isRealCalendarDate(value)).toBe(true);
  });
  it.each(['2026-02-31', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '9999-99-99', '0000-01-01', '2026-03-01T24:00:00Z', '2026-03-01T10:60'])('refuses %p', (value) => {
    expect(isRealCalendarDate(value)).toBe(false);
  });
});

describe('the request safety pipe', () => {
  it('passes ordinary values through unchanged', () => {
    const query = { q: 'marchés publics', from: '2026-01-01', page: 2 };
    expect(pipe.transform(query, { type: 'query' })).toBe(query);
    expect(pipe.transform('5f0c6a8e-3b1d-4c2a-9e7f-1a2b3c4d5e6f', { type: 'param', data: 'agentId' })).toBe('5f0c6a8e-3b1d-4c2a-9e7f-1a2b3c4d5e6f');
    expect(pipe.transform('marches-publics', { type: 'param', data: 'skillId' })).toBe('marches-publics');
    expect(pipe.transform('grade', { type: 'param', data: 'field' })).toBe('grade');
  });

  it('refuses a malformed id in the path', () => {
    expect(codeOf(() => pipe.transform('pas-un-uuid', { type: 'param', data: 'id' }))).toBe('REQUEST.INVALID_ID');
    expect(codeOf(() => pipe.transform('1e20', { type: 'param', data: 'agentId' }))).toBe('REQUEST.INVALID_ID');
  });

  it('refuses a NUL character anywhere: parameter, query, nested body', () => {
    expect(codeOf(() => pipe.transform('x\u0000y', { type: 'param', data: 'skillId' }))).toBe('REQUEST.NUL_CHARACTER');
    expect(codeOf(() => pipe.transform({ q: '\u0000' }, { type: 'query' }))).toBe('REQUEST.NUL_CHARACTER');
    expect(codeOf(() => pipe.transform({ rules: [{ field: 'a\u0000' }] }, { type: 'body' }))).toBe('REQUEST.NUL_CHARACTER');
  });

  it('refuses a date that is not in the calendar', () => {
    expect(codeOf(() => pipe.transform({ from: '2026-02-31' }, { type: 'query' }))).toBe('REQUEST.INVALID_DATE');
    expect(codeOf(() => pipe.transform({ departure: { on: '2026-13-01' } }, { type: 'body' }))).toBe('REQUEST.INVALID_DATE');
  });

  it('leaves raw bodies (an uploaded file) to their own checks', () => {
    const file = Buffer.from('matricule;nom\n\u0000;x');
    expect(pipe.transform(file, { type: 'body' })).toBe(file);
  });
});
