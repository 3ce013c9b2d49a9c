import type { Locator, Page } from 'playwright-core';
import { generateTownHall } from '@maillage/tools/seed';
import { AxeReport } from './support/axe';
import { FRENCH_BROWSER } from './support/browser';
import { describeInChromium, chromiumSuite } from './support/session';

const SCENARIO_TIMEOUT_MS = 240_000;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

/** Pages an agent reaches from the menu and their own fiche, each with a heading to wait for. */
const agentPages = (ownId: string) => [
  '/annuaire',
  `/agents/${ownId}`,
  '/organigramme',
  '/competences',
  '/competences/mes-competences',
  '/competences/recherche',
  '/competences/equipe',
  '/vie-privee',
  '/vie-privee/consultations',
  '/vie-privee/partage',
];

/** The attribute once it has taken `expected` (change detection runs after the key press), or its last value after 5 s. */
async function attributeSettled(locator: Locator, name: string, expected: string): Promise<string | null> {
  const deadline = Date.now() + 5_000;
  let value = await locator.getAttribute(name);
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await locator.getAttribute(name);
  }
  return value;
}

/** Waits for the page's h1 and for the network to settle, so lazy parts are drawn. */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** The page is no wider than the window, or the elements that stick out (for the failure message). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
  });
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2003-03-01` → « 1er mars 2003 », written out by hand so the test does not share the app's helper. */
function frenchDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

describeInChromium('The app shell in Chromium, on Paris time (needs Chromium at /usr/bin/chromium)', () => {
  const suite = chromiumSuite();
  const sessions = suite.sessions;
  const townHall = generateTownHall({});
  const demoAgent = (username: string) => {
    const id = townHall.demoAccounts.find((account) => account.username === username)!.agentId;
    return townHall.agents.find((agent) => agent.agentId === id)!;
  };

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

  it('on a 390 px phone no page an agent visits is wider than the screen, and axe finds nothing serious on any', async () => {
    const me = demoAgent('agent');
    const axe = new AxeReport();
    const { page, problems } = await sessions.openAs('agent', '/annuaire', PHONE);
    const wide: Record<string, string[]> = {};
    for (const path of agentPages(me.agentId)) {
      await page.goto(`${suite.app.baseUrl}${path}`);
      await settle(page);
      const outside = await overflow(page);
      if (outside.length) wide[path] = outside;
      await axe.check(page, `390 ${path}`);
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    await axe.check(page, '390 menu ouvert');
    expect(wide).toEqual({});
    expect(axe.blocking).toEqual({});
    expect(problems).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);

  it('at 1366×768 axe finds nothing serious on the sign-in page nor on any page an agent visits', async () => {
    const me = demoAgent('agent');
    const axe = new AxeReport();
    const signedOut = await suite.browser.newContext({ ...FRENCH_BROWSER, viewport: DESKTOP });
    try {
      const login = await signedOut.newPage();
      await login.goto(`${suite.app.baseUrl}/connexion`);
      await settle(login);
      await axe.check(login, '1366 /connexion');
    } finally {
      await signedOut.close();
    }
    const { page, problems } = await sessions.openAs('agent', '/annuaire', DESKTOP);
    for (const path of agentPages(me.agentId)) {
      await page.goto(`${suite.app.baseUrl}${path}`);
      await settle(page);
      await axe.check(page, `1366 ${path}`);
    }
    await page.getByRole('button', { name: /Compte de/ }).click();
    await axe.check(page, '1366 menu du compte ouvert');
    expect(axe.blocking).toEqual({});
    expect(problems).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);

  it('on a phone the organigramme opens as the list, and the menu button works with the keyboard', async () => {
    const axe = new AxeReport();
    const { page, problems } = await sessions.openAs('agent', '/organigramme', PHONE);
    await settle(page);
    await axe.check(page, '390 /organigramme (liste)');
    expect(await page.getByRole('button', { name: 'Vue en liste' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Vue graphique' }).getAttribute('aria-pressed')).toBe('false');

    // Looked up by id: a folded menu is hidden from the accessibility tree, as it should be.
    const nav = page.locator('#mlg-main-nav');
    expect(await nav.getAttribute('aria-label')).toBe('Navigation principale');
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-controls')).toBe('mlg-main-nav');
    expect(await nav.isVisible()).toBe(false);
    // The header is one compact row.
    expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(72);

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await attributeSettled(menu, 'aria-expanded', 'true')).toBe('true');
    await nav.getByRole('link', { name: 'Vie privée' }).waitFor();
    // Inside the blue header, so it keeps its contrast.
    const header = (await page.locator('header').boundingBox())!;
    const privacy = (await nav.getByRole('link', { name: 'Vie privée' }).boundingBox())!;
    expect(privacy.y + privacy.height).toBeLessThanOrEqual(header.y + header.height);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Annuaire');
    await page.keyboard.press('Escape');
    expect(await attributeSettled(menu, 'aria-expanded', 'false')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Space');
    await nav.getByRole('link', { name: 'Compétences' }).click();
    await page.waitForURL(/\/competences$/);
    expect(await attributeSettled(menu, 'aria-expanded', 'false')).toBe('false');
    expect(axe.blocking).toEqual({});
    expect(problems).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);

  it('a skill search nothing answers exactly says so and offers the closest skills, one click away', async () => {
    const axe = new AxeReport();
    const { page, problems } = await sessions.openAs('agent', '/competences/recherche', DESKTOP);
    await settle(page);
    const box = page.getByRole('searchbox', { name: 'Compétence recherchée' });
    await box.fill('SIGG');
    await page.getByText('Aucune compétence du référentiel ne porte exactement le nom «\u202fSIGG\u202f».').waitFor();
    const offered = page.getByRole('list', { name: 'Compétences les plus proches :' });
    const sig = offered.getByRole('button', { name: 'Rechercher SIG', exact: true });
    await sig.waitFor();
    await axe.check(page, '1366 /competences/recherche sans correspondance exacte');

    await sig.click();
    await page.waitForFunction(() => (document.getElementById('skill-search') as HTMLInputElement).value === 'SIG');
    expect(await box.inputValue()).toBe('SIG');
    await page.getByRole('status').filter({ hasText: '«\u202fSIG\u202f»' }).waitFor();
    expect(axe.blocking).toEqual({});
    expect(problems).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);

  /** Tabs forward until `name` has the focus; fails if it is not reached within `max` presses. */
  async function tabTo(page: Page, name: string, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')) === name) return;
    }
    throw new Error(`« ${name} » is not reached with the Tab key`);
  }

  it('the legal links are in the footer of the sign-in page and of an inner page, reachable with the keyboard, without signing in', async () => {
    const context = await suite.browser.newContext({ ...FRENCH_BROWSER, viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await page.goto(`${suite.app.baseUrl}/connexion`);
      await settle(page);
      const footer = page.getByRole('navigation', { name: 'Informations légales' });
      const labels = (await footer.getByRole('link').allTextContents()).map((label) => label.trim());
      expect(labels).toEqual(['Accessibilité\u202f: partiellement conforme', 'Mentions légales', 'Données personnelles', 'Aide et contact']);
      expect(await page.getByRole('link', { name: 'Voir l’aide à la connexion' }).getAttribute('href')).toBe('/aide#mot-de-passe');

      await tabTo(page, 'Données personnelles');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/donnees-personnelles$/);
      await page.getByRole('heading', { level: 1, name: 'Données personnelles' }).waitFor();
      expect(await page.getByText(/Journaux de consultation.*12 mois, puis suppression/).count()).toBe(1);
      expect(await page.getByRole('link', { name: 'dpo@mairie.example' }).count()).toBe(1);
      const axe = new AxeReport();
      await axe.check(page, '1366 /donnees-personnelles (sans connexion)');

      await tabTo(page, 'Accessibilité\u202f: partiellement conforme');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/accessibilite$/);
      await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
      expect(await page.getByText('partiellement conforme', { exact: true }).count()).toBe(1);
      await axe.check(page, '1366 /accessibilite (sans connexion)');
      expect(axe.blocking).toEqual({});
    } finally {
      await context.close();
    }

    const { page, problems } = await sessions.openAs('agent', '/annuaire', PHONE);
    await settle(page);
    await tabTo(page, 'Aide et contact', 200);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aide$/);
    await page.getByRole('heading', { level: 2, name: 'Mot de passe oublié ou compte bloqué' }).waitFor();
    expect(problems).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);
});
