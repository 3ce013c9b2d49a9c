import { apportion } from './apportion';

describe('apportion', () => {
  it('given weights, when people are split, then the total is kept and heavier units get more', () => {
    const counts = apportion(60, [1, 2, 3], 30);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
    expect(counts[0]).toBeLessThan(counts[1]);
    expect(counts[1]).toBeLessThan(counts[2]);
  });

  it('given a cap, when one weight would take more, then the overflow goes to the others', () => {
    const counts = apportion(20, [10, 1, 1], 8);
    expect(counts).toEqual([8, 6, 6]);
  });

  it('given at least one person per unit, when people are split, then no unit is left empty', () => {
    expect(apportion(3, [100, 0.01, 0.01], 12)).toEqual([1, 1, 1]);
  });

  it('given more people than the units can hold, when people are split, then it refuses', () => {
    expect(() => apportion(10, [1, 1], 4)).toThrow(RangeError);
  });
});
