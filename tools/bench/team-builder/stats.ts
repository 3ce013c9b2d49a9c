export const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);
export const max = (xs: readonly number[]): number => (xs.length === 0 ? 0 : Math.max(...xs));
export const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
export const ms = (x: number): string => `${x.toFixed(1)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
