import type { Browser } from 'playwright-core';
import { generateTownHall } from '@maillage/tools/seed';
import { startAppUnderTest } from '@maillage/tools/testing';
import { launchChromium } from './support/browser';
import { BrowserSessions, describeInChromium, STARTUP_TIMEOUT_MS } from './support/session';

const SCENARIO_TIMEOUT_MS = 120_000;
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2003-03-01` → « 1er mars 2003 », written out by hand so the test does not share the app's helper. */
function frenchDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

describeInChromium('The app shell in Chromium, on Paris time (needs Chromium at /usr/bin/chromium)', () => {
  let app: Awaited<ReturnType<typeof startAppUnderTest>> | undefined;
  let browser: Browser | undefined;
  const sessions = new BrowserSessions(() => browser!, () => app!.baseUrl);
  const townHall = generateTownHall({});
  const demoAgent = (username: string) => {
    const id = townHall.demoAccounts.find((account) => account.username === username)!.agentId;
    return townHall.agents.find((agent) => agent.agentId === id)!;
  };

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchChromium();
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  afterEach(() => sessions.closeAll());

  it('a date-only value (the arrival date on one\'s fiche) reads on its own day in a browser in Paris', async () => {
    const me = demoAgent('agent');
    expect(me.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { page, problems } = await sessions.openAs('agent', `/agents/${me.agentId}`);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Europe/Paris');

    const arrival = page.locator('dt', { hasText: "Date d'arrivée" }).locator('xpath=following-sibling::dd[1]').locator('time');
    await arrival.waitFor();
    expect(await arrival.getAttribute('datetime')).toBe(me.startDate);
    expect((await arrival.textContent())?.trim()).toBe(frenchDay(me.startDate!));
    expect(problems).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);
});
