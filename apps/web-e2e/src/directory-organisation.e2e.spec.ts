import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  AgentDirectoryEntry,
  AgentHierarchy,
  AgentProfile,
  OrgChartLevel,
  OrgUnitSummary,
} from '@maillage/directory/contracts';
import type { CommandAccepted, Page as ResultPage } from '@maillage/shared/contracts';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { generateTownHall } from '@maillage/tools/seed';
import { collectPageProblems, FRENCH_BROWSER } from './support/browser';
import { DEMO_PASSWORD, describeInChromium, signIn, chromiumSuite } from './support/session';

const DRH = 'Direction des Ressources Humaines';
/** What the fiche says after a 409 on a stale version (command-feedback.ts). */
const CONFLICT_MESSAGE =
  "Cette fiche a été modifiée par quelqu'un d'autre entre-temps. Elle a été rechargée : vérifiez puis recommencez.";

const isApi = (response: Response, path: string | RegExp, method = 'GET') => {
  const url = new URL(response.url());
  const matches = typeof path === 'string' ? url.pathname === path : path.test(url.pathname);
  return matches && response.request().method() === method;
};
/** Bodies are read as soon as they arrive: Chromium drops them after a later navigation. */
const bodyOf = <T>(response: Promise<Response>) => response.then((r) => r.json() as Promise<T>);

/** Signs in from the sign-in page, which leads to the annuaire. */
async function signInToAnnuaire(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.waitForURL(/\/annuaire/);
}

interface ApiAnswer<T> {
  readonly status: number;
  readonly etag: string | null;
  readonly body: T;
}

/**
 * A second officer working on the same fiche meanwhile, over HTTP with their own session
 * (Node's fetch). Its own client address, so its sign-in counts apart from the browser's.
 */
async function otherOfficer(baseUrl: string, username: string) {
  const signedIn = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.20' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(signedIn.status).toBe(200);
  const { accessToken } = (await signedIn.json()) as { accessToken: string };
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as T };
  };
}

/** The value shown on the fiche next to a label ("Bureau", "Responsable"…). */
const detail = (page: Page, label: string) =>
  page.locator('mlg-agent-details dt').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) }).locator('xpath=following-sibling::dd[1]');
const textOf = async (locator: { textContent(): Promise<string | null> }) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describeInChromium('Directory and organisation in Chromium (needs Chromium at /usr/bin/chromium)', () => {
  const suite = chromiumSuite();
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    context = await suite.browser.newContext({ ...FRENCH_BROWSER, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = collectPageProblems(page);
  });

  afterEach(async () => {
    await context.close();
  });

  it('an HR officer filters the annuaire by direction, follows a fiche up the hierarchy, then walks the org chart to a fiche', async () => {
    await page.goto(`${suite.app.baseUrl}/annuaire`);
    await page.waitForURL(/\/connexion/);
    const units = bodyOf<OrgUnitSummary[]>(page.waitForResponse((r) => isApi(r, '/api/org-units')));
    await signInToAnnuaire(page, 'rh');
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
    const agent = result.items.find((item) => !item.postTitle?.startsWith('Direct')) ?? result.items[0];
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
      await page.goto(`${suite.app.baseUrl}/connexion`);
      const units = bodyOf<OrgUnitSummary[]>(page.waitForResponse((r) => isApi(r, '/api/org-units')));
      await signInToAnnuaire(page, 'admin');
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
    await page.goto(`${suite.app.baseUrl}/annuaire`);
    await page.waitForURL(/\/connexion/);
    await signInToAnnuaire(page, 'rh');
    await page.goto(`${suite.app.baseUrl}/agents/${newManagerId}`);
    const newManager = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    expect(newManager).not.toBe('');

    await page.goto(`${suite.app.baseUrl}/agents/${agentId}`);
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

  /** Signs in as HR and opens the fiche; resolves to the profile the browser was given. */
  async function openFicheAsHr(agent: AgentDirectoryEntry): Promise<AgentProfile> {
    await page.goto(`${suite.app.baseUrl}/annuaire`);
    await page.waitForURL(/\/connexion/);
    await signInToAnnuaire(page, 'rh');
    const opened = bodyOf<AgentProfile>(page.waitForResponse((r) => isApi(r, `/api/agents/${agent.id}`)));
    await page.goto(`${suite.app.baseUrl}/agents/${agent.id}`);
    const profile = await opened;
    await page.getByRole('heading', { level: 1, name: agent.displayName, exact: true }).waitFor();
    return profile;
  }

  it('an HR officer saving a fiche that someone else changed meanwhile is told so, sees their value, and overwrites nothing', async () => {
    const other = await otherOfficer(suite.app.baseUrl, 'admin');
    const [target] = (await other<ResultPage<AgentDirectoryEntry>>('GET', '/api/agents?status=active&pageSize=1&page=40')).body.items;
    const path = `/api/agents/${target.id}`;
    const mine = 'Hôtel de ville, bureau 214';
    const theirs = 'Annexe Jean-Jaurès, bureau 3';
    const seen = await openFicheAsHr(target);
    expect([mine, theirs]).not.toContain(seen.office);

    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
    const office = page.getByLabel('Bureau', { exact: true });
    expect(await office.inputValue()).toBe(seen.office ?? '');
    await office.fill(mine);

    // Meanwhile another officer saves another office, from the same version.
    const current = await other<AgentProfile>('GET', path);
    expect(current.etag).toBe(`"${seen.version}"`);
    const theirSave = await other<CommandAccepted>('PATCH', path, { office: theirs }, { 'if-match': current.etag! });
    expect(theirSave.status).toBe(200);
    expect(theirSave.body.version).toBe(seen.version + 1);

    const refused = page.waitForResponse((r) => isApi(r, path, 'PATCH'));
    const reloaded = bodyOf<AgentProfile>(page.waitForResponse((r) => isApi(r, path)));
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const conflict = await refused;
    expect(conflict.status()).toBe(409);
    expect(conflict.request().headers()['if-match']).toBe(`"${seen.version}"`);
    expect(conflict.request().postDataJSON()).toEqual({ office: mine });
    expect(await conflict.json()).toMatchObject({ code: 'EVENT_STORE.WRONG_EXPECTED_VERSION' });
    expect(await reloaded).toMatchObject({ version: seen.version + 1, office: theirs });

    // Said in the assertive live region, and the fiche shows what is true now.
    const alert = page.locator('mlg-agent-profile-page > mlg-feedback > [aria-live="assertive"]');
    await alert.getByText(CONFLICT_MESSAGE, { exact: true }).waitFor();
    expect(await textOf(alert)).toBe(CONFLICT_MESSAGE);
    expect(await alert.getAttribute('aria-atomic')).toBe('true');
    expect(await textOf(page.locator('mlg-agent-profile-page > mlg-feedback > [role="status"]'))).toBe('');
    // The focus lands on the message, so keyboard and screen-reader users are on what went wrong.
    await page.waitForFunction(() => !!document.activeElement?.closest('mlg-agent-profile-page > mlg-feedback > [role="alert"]'));
    await detail(page, 'Bureau').getByText(theirs, { exact: true }).waitFor();
    expect(await textOf(detail(page, 'Bureau'))).toBe(theirs);
    // The form stays open, refilled with their value: the user's own is only typed again knowingly.
    await page.waitForFunction((value) => (document.getElementById('agent-office') as HTMLInputElement | null)?.value === value, theirs);
    expect(await office.inputValue()).toBe(theirs);

    // Nothing of the stale save was written: their value, one version further.
    const after = await other<AgentProfile>('GET', path);
    expect(after.etag).toBe(`"${seen.version + 1}"`);
    expect(after.body).toMatchObject({ office: theirs, version: seen.version + 1 });

    // Saving again from the reloaded fiche sends the new version and goes through.
    await office.fill(mine);
    const retried = page.waitForResponse((r) => isApi(r, path, 'PATCH'));
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const accepted = await retried;
    expect(accepted.status()).toBe(200);
    expect(accepted.request().headers()['if-match']).toBe(`"${seen.version + 1}"`);
    await page.getByRole('status').getByText('La fiche a été mise à jour.', { exact: true }).waitFor();
    expect(await textOf(alert)).toBe('');
    await detail(page, 'Bureau').getByText(mine, { exact: true }).waitFor();
    expect((await other<AgentProfile>('GET', path)).body).toMatchObject({ office: mine, version: seen.version + 2 });
    expect(problems).toEqual([]);
  });

  it('an HR officer putting an agent on leave after someone else changed their manager is told so, sees the new manager, and changes no status', async () => {
    const other = await otherOfficer(suite.app.baseUrl, 'admin');
    const [target] = (await other<ResultPage<AgentDirectoryEntry>>('GET', '/api/agents?status=active&pageSize=1&page=41')).body.items;
    const path = `/api/agents/${target.id}`;
    const { managers } = (await other<AgentHierarchy>('GET', `${path}/hierarchy`)).body;
    // The DGS is above the agent already: making them the direct manager is a change, never a cycle.
    expect(managers.length).toBeGreaterThan(1);
    const dgs = managers[managers.length - 1];
    const seen = await openFicheAsHr(target);
    expect(seen).toMatchObject({ status: 'active', managerId: managers[0].id });

    const actions = page.getByRole('region', { name: 'Affectation et statut' });
    const leave = actions.getByRole('button', { name: 'Mettre en congé', exact: true });
    await leave.waitFor();

    // Meanwhile another officer gives the agent a new manager, from the same version.
    const current = await other<AgentProfile>('GET', path);
    expect(current.etag).toBe(`"${seen.version}"`);
    const theirChange = await other<CommandAccepted>('PUT', `${path}/manager`, { managerId: dgs.id }, { 'if-match': current.etag! });
    expect(theirChange.status).toBe(200);
    expect(theirChange.body.version).toBe(seen.version + 1);

    const refused = page.waitForResponse((r) => isApi(r, `${path}/status`, 'PUT'));
    const reloaded = bodyOf<AgentProfile>(page.waitForResponse((r) => isApi(r, path)));
    const hierarchy = bodyOf<AgentHierarchy>(page.waitForResponse((r) => isApi(r, `${path}/hierarchy`)));
    await leave.click();
    const conflict = await refused;
    expect(conflict.status()).toBe(409);
    expect(conflict.request().headers()['if-match']).toBe(`"${seen.version}"`);
    expect(conflict.request().postDataJSON()).toEqual({ status: 'on_leave' });
    expect(await conflict.json()).toMatchObject({ code: 'EVENT_STORE.WRONG_EXPECTED_VERSION' });
    expect(await reloaded).toMatchObject({ version: seen.version + 1, status: 'active', managerId: dgs.id });
    expect((await hierarchy).managers.map((manager) => manager.id)).toEqual([dgs.id]);

    // Said in the section's assertive live region; the focus goes back to the section's title.
    const alert = actions.locator('[aria-live="assertive"]');
    await alert.getByText(CONFLICT_MESSAGE, { exact: true }).waitFor();
    expect(await textOf(alert)).toBe(CONFLICT_MESSAGE);
    expect(await alert.getAttribute('aria-atomic')).toBe('true');
    expect(await textOf(actions.locator('[role="status"]'))).toBe('');
    await page.waitForFunction(() => document.activeElement?.id === 'org-actions-title');

    // The reloaded fiche: the other officer's manager, in the details and the chain; still active.
    await detail(page, 'Responsable').getByRole('link', { name: dgs.displayName, exact: true }).waitFor();
    expect(await textOf(detail(page, 'Responsable'))).toBe(dgs.displayName);
    const chain = page.getByRole('navigation', { name: 'Chaîne hiérarchique' });
    await chain.getByRole('link', { name: dgs.displayName, exact: true }).waitFor();
    expect(await chain.getByRole('link').allTextContents()).toEqual([dgs.displayName]);
    expect(await page.locator('mlg-agent-profile-page > p.status').count()).toBe(0);
    expect(await leave.isVisible()).toBe(true);

    // Nothing of the stale command was written: still active, one version further.
    const after = await other<AgentProfile>('GET', path);
    expect(after.etag).toBe(`"${seen.version + 1}"`);
    expect(after.body).toMatchObject({ status: 'active', managerId: dgs.id, version: seen.version + 1 });

    // Asking again from the reloaded fiche sends the new version and goes through.
    const retried = page.waitForResponse((r) => isApi(r, `${path}/status`, 'PUT'));
    await leave.click();
    const accepted = await retried;
    expect(accepted.status()).toBe(200);
    expect(accepted.request().headers()['if-match']).toBe(`"${seen.version + 1}"`);
    await actions.getByRole('status').getByText("L'agent a été mis en congé.", { exact: true }).waitFor();
    await actions.getByRole('button', { name: 'Réactiver', exact: true }).waitFor();
    expect(await textOf(page.locator('mlg-agent-profile-page > p.status'))).toBe('En congé');
    expect((await other<AgentProfile>('GET', path)).body).toMatchObject({ status: 'on_leave', version: seen.version + 2 });
    expect(problems).toEqual([]);
  });
});
