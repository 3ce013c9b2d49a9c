import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppUnderTest } from '@maillage/tools/testing';
import { collectPageProblems, FRENCH_BROWSER, hasChromium, launchChromium } from './browser';

type AppUnderTest = Awaited<ReturnType<typeof startAppUnderTest>>;

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

/** What a browser suite drives: the app under test and one Chromium, for the whole describe block. */
export interface ChromiumSuite {
  readonly app: AppUnderTest;
  readonly browser: Browser;
  readonly sessions: BrowserSessions;
}

/**
 * Starts the app under test (fresh database, demo seed) and Chromium before the describe
 * block's tests and stops both after them; the people's sessions close after each test.
 * Call it inside `describe`.
 */
export function chromiumSuite(): ChromiumSuite {
  let app: AppUnderTest | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use the suite inside a test or a hook`);
    return value;
  };
  const sessions = new BrowserSessions(() => started(browser, 'Chromium'), () => started(app, 'The app').baseUrl);

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchChromium();
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  afterEach(() => sessions.closeAll());

  return {
    get app() {
      return started(app, 'The app');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    sessions,
  };
}
