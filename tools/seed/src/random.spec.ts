import { Random } from './random';

const draw = (seed: number) => {
  const rng = new Random(seed);
  return Array.from({ length: 5 }, () => rng.uint32());
};

describe('Random', () => {
  it('given the same seed, when numbers are drawn, then the sequence repeats', () => {
    expect(draw(2026)).toEqual(draw(2026));
    expect(draw(2026)).not.toEqual(draw(2027));
  });

  it('given any seed, when ids are drawn, then they are version 4 UUIDs', () => {
    const rng = new Random(0);
    for (let i = 0; i < 1000; i++) {
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('given a range, when integers are drawn, then both bounds are reached and never passed', () => {
    const rng = new Random(3);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });
});
