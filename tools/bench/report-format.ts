/** Number and table formatting shared by every section of the printed report. */
export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
export const pct = (n: number) => `${Math.round(n * 100)}%`;
export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}` : '-');

export function table(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** One line of the TARGETS block: label, figure, unit, verdict. */
export function targetLine(label: string, figure: string, unit: string, ok: boolean): string {
  return `   ${label.padEnd(76)} ${figure.padStart(7)} ${unit.padEnd(9)} ${verdict(ok)}`;
}
