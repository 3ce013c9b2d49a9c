import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageProblems, FRENCH_BROWSER, hasChromium } from './browser';

/** The demo accounts' shared password (README); the app under test runs in demo mode. */
export const DEMO_PASSWORD = 'Maillage-Demo-2026';
/** Building nothing, but migrating, seeding and projecting a fresh database, on a shared 2-core machine. */
export const STARTUP_TIMEOUT_MS = 240_000;

// Skipped on a developer machine without Chromium (`apt-get install -y chromium`);
// never in CI, where a missing browser must fail the run.
export const describeInChromium = hasChromium() || process.env['CI'] ? describe : describe.skip;

/** Fills the sign-in form and submits it; where the app goes next is the caller's to wait for. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Identifiant', { exact: true }).fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * One browser context per person, so no refresh cookie leaks from one user to the
 * next; `closeAll()` after each test.
 */
export class BrowserSessions {
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: () => Browser,
    private readonly baseUrl: () => string,
  ) {}

  /** Opens `path` signed out, signs in as `username` on the way, and lands on `path`. */
  async openAs(username: string, path: string, viewport = { width: 1440, height: 1000 }): Promise<{ page: Page; problems: string[] }> {
    const context = await this.browser().newContext({ ...FRENCH_BROWSER, viewport });
    this.contexts.push(context);
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await page.goto(`${this.baseUrl()}${path}`);
    await page.waitForURL(/\/connexion\?retour=/);
    await signIn(page, username);
    await page.waitForURL((url) => url.pathname === path);
    return { page, problems };
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }
}
