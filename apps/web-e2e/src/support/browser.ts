import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium): Playwright's own download is not used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = () => existsSync(CHROMIUM_PATH);

/**
 * Every page runs as a browser in France would: French, on Paris time, whatever zone the
 * machine running the tests is set to (a date-only value once showed a day early there only).
 */
export const FRENCH_BROWSER = { locale: 'fr-FR', timezoneId: 'Europe/Paris' } as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    env: { ...process.env, TZ: FRENCH_BROWSER.timezoneId },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Uncaught exceptions and console errors (a CSP violation is one) seen by the page.
 * "Failed to load resource" is left out: the browser logs every 4xx that way, and a
 * refused password or the start-up silent refresh answer 401 on purpose.
 */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return problems;
}
