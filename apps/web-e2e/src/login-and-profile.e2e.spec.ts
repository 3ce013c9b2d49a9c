import type { AgentDirectoryEntry, Page as ResultPage } from '@maillage/directory/contracts';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { startAppUnderTest } from '@maillage/tools/testing';
import { collectPageProblems, hasChromium, launchChromium } from './support/browser';

const DEMO_PASSWORD = 'Maillage-Demo-2026';
const STARTUP_TIMEOUT_MS = 240_000;

const isAgentSearch = (response: Response, q?: string) => {
  const url = new URL(response.url());
  if (url.pathname !== '/api/agents' || response.request().method() !== 'GET') return false;
  return q === undefined ? !url.searchParams.has('q') : url.searchParams.get('q') === q;
};

const readPage = (response: Response) => response.json() as Promise<ResultPage<AgentDirectoryEntry>>;

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Identifiant', { exact: true }).fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

// Skipped on a developer machine without Chromium (`apt-get install -y chromium`);
// never in CI, where a missing browser must fail the run.
const describeInChromium = hasChromium() || process.env['CI'] ? describe : describe.skip;

describeInChromium('Web app in Chromium (needs Chromium at /usr/bin/chromium)', () => {
  let app: Awaited<ReturnType<typeof startAppUnderTest>> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchChromium();
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  beforeEach(async () => {
    // A fresh context per test: no refresh cookie leaks from one scenario to the next.
    context = await browser!.newContext({ locale: 'fr-FR' });
    page = await context.newPage();
    problems = collectPageProblems(page);
  });

  afterEach(async () => {
    await context.close();
  });

  it('an HR officer signs in, finds a colleague by last name and opens their fiche', async () => {
    await page.goto(`${app!.baseUrl}/annuaire`);
    await page.waitForURL(/\/connexion\?retour=(%2F|\/)annuaire$/);

    // Bodies are read as soon as they arrive: Chromium drops them after a later navigation.
    const firstList = page.waitForResponse((response) => isAgentSearch(response)).then(readPage);
    await signIn(page, 'rh', DEMO_PASSWORD);
    await page.waitForURL(/\/annuaire$/);
    const shown = await firstList;
    const agent = shown.items[0];
    expect(agent).toBeDefined();
    const cardNames = page.getByRole('list', { name: 'Résultats' }).getByRole('heading', { level: 3 });
    await cardNames.first().waitFor();
    expect((await cardNames.first().textContent())?.trim()).toBe(agent.displayName);

    const searched = page.waitForResponse((response) => isAgentSearch(response, agent.lastName)).then(readPage);
    await page.getByRole('searchbox', { name: 'Rechercher un agent' }).fill(agent.lastName);
    expect((await searched).items.map((item) => item.id)).toContain(agent.id);
    await page.getByRole('status').filter({ hasText: `pour «\u00a0${agent.lastName}\u00a0»` }).waitFor();

    await page.getByRole('link', { name: agent.displayName, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/agents/${agent.id}$`));
    const title = page.getByRole('heading', { level: 1 });
    await title.filter({ hasText: agent.displayName }).waitFor();
    expect((await title.textContent())?.trim()).toBe(agent.displayName);
    expect(await page.title()).toBe(`${agent.displayName} — Fiche agent — Maillage`);
    expect(problems).toEqual([]);
  });

  it('a wrong password is refused with a French message read out by screen readers', async () => {
    await page.goto(`${app!.baseUrl}/connexion`);
    await signIn(page, 'rh', 'pas-le-bon-mot-de-passe');

    const message = page.locator('[aria-live]', { hasText: 'Identifiant ou mot de passe incorrect.' });
    await message.waitFor();
    expect(await message.count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/connexion');
    expect(problems).toEqual([]);
  });
});
