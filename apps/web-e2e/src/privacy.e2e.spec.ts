import type { CurrentAccount, SessionTokens } from '@maillage/identity/contracts';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { collectPageProblems, FRENCH_BROWSER } from './support/browser';
import { DEMO_PASSWORD, describeInChromium, signIn, STARTUP_TIMEOUT_MS, chromiumSuite } from './support/session';

const SCENARIO_TIMEOUT_MS = 90_000;

type Account = CurrentAccount & { readonly agentId: string };

const isGet = (response: Response, pathname: string) =>
  response.request().method() === 'GET' && new URL(response.url()).pathname === pathname;

describeInChromium('Vie privée in Chromium (needs Chromium at /usr/bin/chromium)', () => {
  const suite = chromiumSuite();
  let agent: Account;
  let manager: Account;
  const contexts: BrowserContext[] = [];

  /** The demo accounts' ids and names, read over the API: the scenarios below go through the UI. */
  async function accountOf(username: string): Promise<{ account: Account; token: string }> {
    const response = await fetch(`${suite.app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status}`);
    const tokens = (await response.json()) as SessionTokens;
    if (!tokens.account.agentId) throw new Error(`${username} has no agent`);
    return { account: tokens.account as Account, token: tokens.accessToken };
  }

  /**
   * Opens a page as that person: a fresh browser context each time, so no refresh cookie
   * leaks from one user to the next. `watch` starts listening before the sign-in, so a
   * response the page asks for at once is not missed.
   */
  async function openAs<T = undefined>(
    username: string,
    path: string,
    watch?: (page: Page) => Promise<T>,
  ): Promise<{ page: Page; problems: string[]; watched: T | undefined }> {
    const context = await suite.browser.newContext({ ...FRENCH_BROWSER, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await page.goto(`${suite.app.baseUrl}${path}`);
    await page.waitForURL(/\/connexion\?retour=/);
    const watching = watch?.(page);
    await signIn(page, username);
    await page.waitForURL((url) => url.pathname === path);
    return { page, problems, watched: await watching };
  }

  /** The manager reads the agent's fiche over the API: an audited read of grade and catégorie. */
  async function managerReadsAgentFiche(): Promise<void> {
    const { token } = await accountOf('manager');
    const response = await fetch(`${suite.app.baseUrl}/api/agents/${agent.agentId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  }

  beforeAll(async () => {
    agent = (await accountOf('agent')).account;
    manager = (await accountOf('manager')).account;
  }, STARTUP_TIMEOUT_MS);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  it(
    "the agent sees in “Qui a consulté mes données” that their manager read their grade",
    async () => {
      // The fiche's read is what the server audits (grade and catégorie go to the hierarchy).
      const asManager = await openAs('manager', `/agents/${agent.agentId}`, (page) =>
        page.waitForResponse((response) => isGet(response, `/api/agents/${agent.agentId}`)),
      );
      expect(asManager.watched?.status()).toBe(200);
      await asManager.page.getByRole('heading', { level: 1, name: agent.displayName }).waitFor();
      expect(asManager.problems).toEqual([]);

      const asAgent = await openAs('agent', '/vie-privee/consultations');
      const { page } = asAgent;
      await page.getByRole('heading', { level: 1, name: 'Qui a consulté mes données' }).waitFor();
      expect(await page.title()).toBe('Qui a consulté mes données — Maillage');
      await page.getByText('jamais leur valeur').waitFor();
      await page.getByText('12 mois').first().waitFor();

      const table = page.getByRole('table', { name: /Consultations de vos données sensibles/ });
      const row = table.getByRole('row').filter({ hasText: manager.displayName }).first();
      await row.waitFor();
      const cells = (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
      expect(cells.some((text) => text.split(', ').includes('grade'))).toBe(true);
      expect(cells).toContain('Consultation de la fiche agent');
      // Field names only: the grade itself never reaches this page.
      expect(await row.textContent()).not.toMatch(/Adjoint|Rédacteur|Attaché|Technicien/);
      await page.getByRole('status').filter({ hasText: /consultations? affichées?/ }).waitFor();
      expect(asAgent.problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'the agent shares their diplomas with their hierarchy and HR, told exactly who will see them',
    async () => {
      const { page, problems } = await openAs('agent', '/vie-privee/partage');
      const sentence = page.locator('[aria-live="polite"]', { hasText: 'Vos diplômes' });
      await sentence.filter({ hasText: 'Vos diplômes ne sont visibles que par vous.' }).waitFor();

      const diplomas = page.getByRole('group', { name: 'Qui peut voir vos diplômes ?' });
      await diplomas.getByLabel('Ma hiérarchie').check();
      await diplomas.getByLabel('Le service RH').check();
      await sentence.filter({ hasText: 'Vos diplômes sont visibles par vous, votre hiérarchie et le service RH.' }).waitFor();

      const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().endsWith('/api/me/sharing/diplomas'));
      await page.getByRole('button', { name: 'Enregistrer ce choix' }).first().click();
      expect((await saved).status()).toBe(200);
      await page.getByRole('status').filter({ hasText: 'Votre choix pour vos diplômes est enregistré.' }).waitFor();

      // The committee's policy for the other fields, read-only.
      const policy = page.getByRole('table', { name: /Politique de visibilité en vigueur/ });
      await policy.getByRole('row', { name: /Matricule/ }).filter({ hasText: "L'agent et le service RH" }).waitFor();
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'the agent downloads everything Maillage holds about them as mes-donnees-maillage.json',
    async () => {
      const { page, problems } = await openAs('agent', '/vie-privee/mes-donnees');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Télécharger mes données' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('mes-donnees-maillage.json');
      await page.getByRole('status').filter({ hasText: 'a été téléchargé' }).waitFor();
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'HR finds the manager’s read in the audit and exports it as CSV',
    async () => {
      await managerReadsAgentFiche();
      const { page, problems } = await openAs('rh', '/vie-privee/audit');
      await page.getByRole('heading', { level: 1, name: 'Audit des consultations' }).waitFor();

      await page.getByLabel('Agent consulté', { exact: true }).fill(agent.displayName);
      const proposed = page.getByRole('list', { name: 'Agents proposés : Agent consulté' });
      await proposed.getByRole('button').filter({ hasText: agent.displayName }).first().click();
      await page.getByRole('group', { name: 'Agent consulté' }).filter({ hasText: agent.displayName }).waitFor();
      const searched = page.waitForResponse((response) => isGet(response, '/api/governance/audit') && new URL(response.url()).searchParams.get('subjectAgentId') === agent.agentId);
      await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
      expect((await searched).status()).toBe(200);
      const results = page.getByRole('table', { name: /Consultations de données sensibles/ });
      await results.getByRole('row').filter({ hasText: manager.displayName }).first().waitFor();

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Exporter en CSV' }).click();
      expect((await downloading).suggestedFilename()).toBe('journal-des-consultations.csv');
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'a committee member sees the decision log and the aggregate figures, and records a decision',
    async () => {
      // A read to count, whatever ran before.
      await managerReadsAgentFiche();

      const { page, problems } = await openAs('comite', '/vie-privee/comite');
      await page.getByRole('heading', { level: 1, name: 'Comité de pilotage' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Journal des décisions' }).waitFor();
      await page.getByRole('status').filter({ hasText: "Aucune décision n'a encore été enregistrée" }).waitFor();

      const figures = page.getByRole('table', { name: /Lectures de champs sensibles par direction et par mois/ });
      const total = figures.getByRole('row', { name: /Total du mois/ }).first();
      await total.waitFor();
      expect(Number((await total.getByRole('cell').nth(1).textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
      // Counts per direction, never a person's name.
      expect(await figures.textContent()).not.toContain(manager.displayName);

      await page.getByLabel('Titre', { exact: true }).fill('Le grade n’est plus visible de la hiérarchie');
      await page.getByLabel('Participants', { exact: true }).fill('Présidente du comité de pilotage\nReprésentante du personnel\nDRH');
      await page.getByLabel('Justification', { exact: true }).fill('La hiérarchie n’a pas besoin du grade pour le travail courant.');
      await page.getByRole('checkbox', { name: 'Grade', exact: true }).check();
      await page.getByRole('group', { name: 'Qui peut voir : Grade' }).getByLabel("La hiérarchie de l'agent").uncheck();
      const recorded = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/governance/decisions');
      await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
      expect((await recorded).status()).toBe(201);
      await page.getByRole('status').filter({ hasText: 'La décision a été enregistrée.' }).waitFor();

      const decision = page.getByRole('article', { name: 'Le grade n’est plus visible de la hiérarchie' });
      await decision.waitFor();
      await decision.getByRole('listitem').filter({ hasText: 'Représentante du personnel' }).waitFor();
      await decision.getByText('La hiérarchie n’a pas besoin du grade pour le travail courant.').waitFor();
      await decision.getByRole('row', { name: /Grade/ }).filter({ hasText: "L'agent et le service RH" }).waitFor();
      const today = page.getByRole('table', { name: "Politique appliquée aujourd'hui" });
      await today.getByRole('row', { name: /Grade/ }).filter({ hasText: "L'agent et le service RH" }).waitFor();
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );
});
