/**
 * Splits `total` people between units in proportion to their weights, never
 * more than `cap` in one unit (largest remainders get the leftovers). When there
 * are enough people, every unit gets at least one, so every head has a report.
 */
export function apportion(total: number, weights: readonly number[], cap: number): number[] {
  if (total > weights.length * cap) {
    throw new RangeError(`${total} people do not fit in ${weights.length} units of at most ${cap}.`);
  }
  const floor = total >= weights.length ? 1 : 0;
  const counts = weights.map(() => floor);
  const rest = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = rest;
  const remainders = weights.map((weight, index) => {
    const ideal = (rest * weight) / sum;
    const whole = Math.min(Math.floor(ideal), cap - counts[index]);
    counts[index] += whole;
    left -= whole;
    return { index, fraction: ideal - Math.floor(ideal) };
  });
  remainders.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  while (left > 0) {
    for (const { index } of remainders) {
      if (left === 0) break;
      if (counts[index] < cap) {
        counts[index]++;
        left--;
      }
    }
  }
  return counts;
}
