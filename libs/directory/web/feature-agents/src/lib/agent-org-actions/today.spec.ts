import { todayIso } from './today';

describe('todayIso', () => {
  it('writes the local date as yyyy-mm-dd', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
