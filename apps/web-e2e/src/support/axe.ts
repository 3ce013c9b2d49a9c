import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

let axeSource: string | undefined;

/** What the helper keeps of an axe violation: enough to find and fix it. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (the same engine as the browser extensions) in the page as it is now and
 * returns its serious and critical violations. Moderate and minor ones are left to review:
 * the gate is on what stops people from using the page.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol rather than added as a <script> tag: the app's
  // Content-Security-Policy rightly refuses inline scripts, and turning it off (bypassCSP)
  // would hide the CSP violations the other checks look for.
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFileSync(require.resolve('axe-core'), 'utf8');
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })) as unknown;
  });
  return (results as AxeResults).violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
}

/** `{ "<page state>": findings }` for the states that have any, so one failure lists them all. */
export class AxeReport {
  private readonly findings: Record<string, AxeFinding[]> = {};

  async check(page: Page, state: string): Promise<void> {
    const found = await axeViolations(page);
    if (found.length) this.findings[state] = found;
  }

  get blocking(): Record<string, AxeFinding[]> {
    return this.findings;
  }
}
