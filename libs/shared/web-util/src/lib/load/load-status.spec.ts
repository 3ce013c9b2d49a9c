import { loadStatus } from './load-status';

describe('loadStatus', () => {
  it('says loading first, even over a value kept on screen, then a failure', () => {
    expect(loadStatus({ loading: true, failed: false, value: [1] })).toBe('loading');
    expect(loadStatus({ loading: false, failed: true, value: null })).toBe('error');
  });

  it('tells nothing asked yet from an empty answer and one with something to show', () => {
    expect(loadStatus({ loading: false, failed: false, value: null })).toBe('idle');
    expect(loadStatus({ loading: false, failed: false, value: [] })).toBe('empty');
    expect(loadStatus({ loading: false, failed: false, value: { items: [], total: 0 } })).toBe('empty');
    expect(loadStatus({ loading: false, failed: false, value: ['a'] })).toBe('ready');
    expect(loadStatus({ loading: false, failed: false, value: { name: 'x' } })).toBe('ready');
  });

  it("lets the caller say what empty means for its value", () => {
    const policy = { rules: [] as string[] };
    expect(loadStatus({ loading: false, failed: false, value: policy }, (p) => p.rules.length === 0)).toBe('empty');
  });
});
