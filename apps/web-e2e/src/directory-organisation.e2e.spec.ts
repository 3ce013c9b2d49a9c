import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  AgentDirectoryEntry,
  AgentHierarchy,
  OrgChartLevel,
  OrgUnitSummary,
  Page as ResultPage,
} from '@maillage/directory/contracts';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { generateTownHall } from '@maillage/tools/seed';
import { startAppUnderTest } from '@maillage/tools/testing';
import { collectPageProblems, hasChromium, launchChromium } from './support/browser';

const DEMO_PASSWORD = 'Maillage-Demo-2026';
const STARTUP_TIMEOUT_MS = 240_000;
const DRH = 'Direction des Ressources Humaines';

const isApi = (response: Response, path: string | RegExp, method = 'GET') => {
  const url = new URL(response.url());
  const matches = typeof path === 'string' ? url.pathname === path : path.test(url.pathname);
  return matches && response.request().method() === method;
};
/** Bodies are read as soon as they arrive: Chromium drops them after a later navigation. */
const bodyOf = <T>(response: Promise<Response>) => response.then((r) => r.json() as Promise<T>);

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Identifiant', { exact: true }).fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/annuaire/);
}

// Skipped on a developer machine without Chromium (`apt-get install -y chromium`);
// never in CI, where a missing browser must fail the run.
const describeInChromium = hasChromium() || process.env['CI'] ? describe : describe.skip;

describeInChromium('Directory and organisation in Chromium (needs Chromium at /usr/bin/chromium)', () => {
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
    context = await browser!.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = collectPageProblems(page);
  });

  afterEach(async () => {
    await context.close();
  });

  it('an HR officer filters the annuaire by direction, follows a fiche up the hierarchy, then walks the org chart to a fiche', async () => {
    await page.goto(`${app!.baseUrl}/annuaire`);
    await page.waitForURL(/\/connexion/);
    const units = bodyOf<OrgUnitSummary[]>(page.waitForResponse((r) => isApi(r, '/api/org-units')));
    await signIn(page, 'rh');
    const drh = (await units).find((unit) => unit.name === DRH);
    expect(drh).toBeDefined();

    // Filter by direction: the list, the URL and the announcement follow.
    const filtered = bodyOf<ResultPage<AgentDirectoryEntry>>(
      page.waitForResponse((r) => isApi(r, '/api/agents') && new URL(r.url()).searchParams.get('directionId') === drh!.id),
    );
    await page.getByLabel('Direction', { exact: true }).selectOption({ label: DRH });
    const result = await filtered;
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((agent) => agent.directionId === drh!.id)).toBe(true);
    await page.waitForURL(new RegExp(`direction=${drh!.id}`));
    await page.getByRole('status').filter({ hasText: 'correspond' }).waitFor();
    expect(await page.getByLabel('Service', { exact: true }).isEnabled()).toBe(true);

    // A fiche shows its manager chain up to the DGS, as links.
    const agent = result.items.find((item) => !item.postTitle.startsWith('Direct')) ?? result.items[0];
    const hierarchy = bodyOf<AgentHierarchy>(page.waitForResponse((r) => isApi(r, `/api/agents/${agent.id}/hierarchy`)));
    await page.getByRole('list', { name: 'Résultats' }).getByRole('link', { name: agent.displayName, exact: true }).click();
    await page.waitForURL(new RegExp(`/agents/${agent.id}$`));
    const { managers } = await hierarchy;
    expect(managers.length).toBeGreaterThan(0);
    const chain = page.getByRole('navigation', { name: 'Chaîne hiérarchique' });
    await chain.waitFor();
    const chainLinks = chain.getByRole('link');
    expect(await chainLinks.allTextContents()).toEqual([...managers].reverse().map((manager) => manager.displayName));
    expect(managers[managers.length - 1].postTitle).toMatch(/général(e)? des services/i);
    await chain.getByText(agent.displayName, { exact: true }).waitFor();

    // The org chart: unfold the DGS (mouse), then a direction (keyboard), then open an agent.
    const top = bodyOf<OrgChartLevel>(page.waitForResponse((r) => isApi(r, '/api/org-chart')));
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Organigramme' }).click();
    await page.waitForURL(/\/organigramme$/);
    const [dgsUnit] = (await top).children;
    const dgsNode = page.getByRole('button', { name: new RegExp(`^${dgsUnit.name}`) });
    await dgsNode.waitFor();
    expect(await dgsNode.getAttribute('aria-expanded')).toBe('false');

    const dgsLevel = bodyOf<OrgChartLevel>(page.waitForResponse((r) => isApi(r, '/api/org-chart') && r.url().includes(dgsUnit.id)));
    await dgsNode.click();
    expect((await dgsLevel).children.map((unit) => unit.id)).toContain(drh!.id);
    await page.getByRole('status').filter({ hasText: `${dgsUnit.name} : dépliée` }).waitFor();
    expect(await dgsNode.getAttribute('aria-expanded')).toBe('true');

    const drhLevel = bodyOf<OrgChartLevel>(page.waitForResponse((r) => isApi(r, '/api/org-chart') && r.url().includes(drh!.id)));
    const drhNode = page.getByRole('button', { name: new RegExp(`^${DRH}`) });
    await drhNode.focus();
    await page.keyboard.press('Enter');
    const { agents } = await drhLevel;
    expect(agents.length).toBeGreaterThan(0);
    await page.getByRole('status').filter({ hasText: `${DRH} : dépliée` }).waitFor();

    const target = agents[0];
    const agentNode = page.getByRole('link', { name: new RegExp(`^${target.displayName}`) });
    await agentNode.focus();
    await agentNode.click();
    await page.waitForURL(new RegExp(`/agents/${target.id}$`));
    await page.getByRole('heading', { level: 1, name: target.displayName }).waitFor();

    expect(problems).toEqual([]);
  });

  it('an administrator imports a file with one bad row, applies the rest and finds the new agent', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'maillage-import-'));
    try {
      await page.goto(`${app!.baseUrl}/connexion`);
      const units = bodyOf<OrgUnitSummary[]>(page.waitForResponse((r) => isApi(r, '/api/org-units')));
      await signIn(page, 'admin');
      const service = (await units).find((unit) => unit.kind === 'service' && !unit.closed);
      expect(service).toBeDefined();

      // A file written from the demo data: a valid new agent in an existing service, and a
      // row whose unit does not exist (line 3: the header is line 1).
      const suffix = Date.now().toString(36).slice(-5).toUpperCase();
      const lastName = `Importé${suffix}`;
      const file = join(folder, 'annuaire-test.csv');
      writeFileSync(
        file,
        [
          'matricule;nom;prenom;email;intitule_poste;unite',
          `T${suffix}1;${lastName};Camille;camille.${suffix.toLowerCase()}@mairie-exemple.fr;Chargée de mission;${service!.name}`,
          `T${suffix}2;Sansunite;Paul;paul.${suffix.toLowerCase()}@mairie-exemple.fr;Agent d'accueil;Service des licornes`,
        ].join('\r\n') + '\r\n',
        'utf8',
      );

      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Import' }).click();
      await page.waitForURL(/\/import/);
      await page.getByLabel("Fichier CSV de l'annuaire").setInputFiles(file);
      const dryRun = page.waitForResponse((r) => isApi(r, '/api/imports', 'POST'));
      await page.getByRole('button', { name: 'Analyser le fichier' }).click();
      expect((await dryRun).status()).toBe(201);

      await page.getByRole('heading', { level: 2, name: /Simulation de l'import/ }).waitFor();
      const counts = page.getByRole('list', { name: 'Lignes par résultat' });
      expect((await counts.textContent())?.replace(/\s+/g, ' ').trim()).toBe('1 Nouvel agent 0 Modifié 0 Inchangé 1 En erreur');
      const report = page.getByRole('table', { name: 'Résultat ligne par ligne' });
      const badRow = report.getByRole('row').filter({ hasText: 'Sansunite' });
      expect(await badRow.getByRole('rowheader').textContent()).toBe('3');
      expect(await badRow.textContent()).toContain('En erreur');
      expect(await badRow.textContent()).toContain('Service des licornes');
      const goodRow = report.getByRole('row').filter({ hasText: lastName });
      expect(await goodRow.getByRole('rowheader').textContent()).toBe('2');
      expect(await goodRow.textContent()).toContain(`Unité : ${service!.name}`);

      await page.getByRole('button', { name: 'Appliquer' }).click();
      const progress = page.getByRole('progressbar', { name: "Progression de l'import" });
      await progress.waitFor();
      await page.locator('[role="progressbar"][aria-valuenow="100"]').waitFor();
      await page.getByRole('status').filter({ hasText: 'Import terminé : 1 ligne appliquée, 1 ligne en erreur non importée.' }).waitFor();
      expect(await goodRow.textContent()).toContain('Appliquée');

      // The new agent is in the annuaire.
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Annuaire' }).click();
      const found = bodyOf<ResultPage<AgentDirectoryEntry>>(
        page.waitForResponse((r) => isApi(r, '/api/agents') && new URL(r.url()).searchParams.get('q') === lastName),
      );
      await page.getByRole('searchbox', { name: 'Rechercher un agent' }).fill(lastName);
      expect((await found).items.map((item) => item.lastName)).toContain(lastName);
      await page.getByRole('list', { name: 'Résultats' }).getByRole('link', { name: `Camille ${lastName}` }).waitFor();

      expect(problems).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('an HR officer gives an agent a new manager, choosing them in the agent picker with the keyboard alone', async () => {
    const accounts = new Map(generateTownHall({}).demoAccounts.map((account) => [account.username, account.agentId]));
    const agentId = accounts.get('agent') as string;
    const newManagerId = accounts.get('comite') as string;
    await page.goto(`${app!.baseUrl}/annuaire`);
    await page.waitForURL(/\/connexion/);
    await signIn(page, 'rh');
    await page.goto(`${app!.baseUrl}/agents/${newManagerId}`);
    const newManager = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    expect(newManager).not.toBe('');

    await page.goto(`${app!.baseUrl}/agents/${agentId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Changer de responsable' }).click();
    const box = page.getByRole('searchbox', { name: 'Rechercher le nouveau responsable', exact: true });
    const searched = page.waitForResponse((r) => isApi(r, '/api/agents') && new URL(r.url()).searchParams.get('q') === newManager);
    await box.fill(newManager);
    expect((await searched).status()).toBe(200);
    const results = page.getByRole('list', { name: 'Agents proposés : Rechercher le nouveau responsable' });
    const choice = results.getByRole('button').filter({ hasText: newManager }).first();
    await choice.waitFor();
    await page.getByRole('status').filter({ hasText: /agents? proposés?\./ }).waitFor();
    expect(await choice.getAttribute('aria-pressed')).toBe('false');

    // Down from the box into the results, until the focus is on the person; Enter presses it.
    const focusedName = () => page.evaluate(() => document.activeElement?.querySelector('.name')?.textContent?.trim() ?? null);
    const count = await results.getByRole('button').count();
    for (let i = 0; i < count && (await focusedName()) !== newManager; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe(newManager);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Nouveau responsable choisi : ${newManager}` }).waitFor();
    expect(await choice.getAttribute('aria-pressed')).toBe('true');
    // Escape goes back to the search box.
    await page.keyboard.press('Escape');
    expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);

    const saved = page.waitForResponse((r) => isApi(r, `/api/agents/${agentId}/manager`, 'PUT'));
    await page.getByRole('button', { name: 'Enregistrer le nouveau responsable' }).click();
    expect((await saved).status()).toBeLessThan(300);
    await page.getByRole('status').filter({ hasText: 'Le responsable a été changé.' }).waitFor();
    await page.getByRole('link', { name: newManager, exact: true }).first().waitFor();
    expect(problems).toEqual([]);
  });
});
