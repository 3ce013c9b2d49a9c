import { SKILL_LEVEL_LABELS, SkillLevel } from '@maillage/competences/contracts';
import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import type { Page as ResultPage } from '@maillage/shared/contracts';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { generateTownHall, seedSkillDeclarations, skillReferential } from '@maillage/tools/seed';
import { collectPageProblems, FRENCH_BROWSER } from './support/browser';
import { DEMO_PASSWORD, describeInChromium, signIn, chromiumSuite } from './support/session';


const isAgentSearch = (response: Response, q?: string) => {
  const url = new URL(response.url());
  if (url.pathname !== '/api/agents' || response.request().method() !== 'GET') return false;
  return q === undefined ? !url.searchParams.has('q') : url.searchParams.get('q') === q;
};

const readPage = (response: Response) => response.json() as Promise<ResultPage<AgentDirectoryEntry>>;

/**
 * From the demo seed the app starts with: a colleague of the viewer who shares a skill,
 * with its level, with everyone, and keeps another one to themselves.
 */
function colleagueSharingASkill(viewerUsername: string) {
  const townHall = generateTownHall({});
  const viewerId = townHall.demoAccounts.find((account) => account.username === viewerUsername)?.agentId;
  const declarations = seedSkillDeclarations(townHall);
  const labels = new Map(skillReferential().map((skill) => [skill.skillId, skill.label]));
  for (const agent of townHall.agents) {
    if (agent.agentId === viewerId) continue;
    const own = declarations.filter((declaration) => declaration.agentId === agent.agentId);
    const shared = own.find((declaration) => declaration.scope === 'everyone' && declaration.level);
    const hidden = own.find((declaration) => declaration.scope === 'hidden');
    if (shared && hidden) {
      return {
        agentId: agent.agentId,
        shared: { label: labels.get(shared.skillId) as string, level: SKILL_LEVEL_LABELS[shared.level as SkillLevel] },
        hidden: labels.get(hidden.skillId) as string,
      };
    }
  }
  throw new Error('The demo seed has no agent sharing a skill with everyone and hiding another');
}

describeInChromium('Web app in Chromium (needs Chromium at /usr/bin/chromium)', () => {
  const suite = chromiumSuite();
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    // A fresh context per test: no refresh cookie leaks from one scenario to the next.
    context = await suite.browser.newContext(FRENCH_BROWSER);
    page = await context.newPage();
    problems = collectPageProblems(page);
  });

  afterEach(async () => {
    await context.close();
  });

  it('an HR officer signs in, finds a colleague by last name and opens their fiche', async () => {
    await page.goto(`${suite.app.baseUrl}/annuaire`);
    await page.waitForURL(/\/connexion\?retour=(%2F|\/)annuaire$/);

    // Bodies are read as soon as they arrive: Chromium drops them after a later navigation.
    const firstList = page.waitForResponse((response) => isAgentSearch(response)).then(readPage);
    await signIn(page, 'rh', DEMO_PASSWORD);
    await page.waitForURL(/\/annuaire$/);
    const shown = await firstList;
    const agent = shown.items[0];
    // Lines carry the name in use (the policy shows names to everyone by default).
    expect(agent?.lastName).toBeDefined();
    const cardNames = page.getByRole('list', { name: 'Résultats' }).getByRole('heading', { level: 3 });
    await cardNames.first().waitFor();
    expect((await cardNames.first().textContent())?.trim()).toBe(agent.displayName);

    const searched = page.waitForResponse((response) => isAgentSearch(response, agent.lastName!)).then(readPage);
    await page.getByRole('searchbox', { name: 'Rechercher un agent' }).fill(agent.lastName!);
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

  it('a colleague\'s fiche shows, under "Compétences", the skill they share with everyone and not the one they keep to themselves', async () => {
    const colleague = colleagueSharingASkill('agent');
    await page.goto(`${suite.app.baseUrl}/agents/${colleague.agentId}`);
    await page.waitForURL(/\/connexion\?retour=/);
    const skillsRead = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/agents/${colleague.agentId}/skills`);
    await signIn(page, 'agent', DEMO_PASSWORD);
    await page.waitForURL(new RegExp(`/agents/${colleague.agentId}$`));
    expect((await skillsRead).status()).toBe(200);

    const section = page.getByRole('region', { name: 'Compétences', exact: true });
    expect(await section.getByRole('heading', { level: 2, name: 'Compétences', exact: true }).count()).toBe(1);
    const item = section.getByRole('listitem').filter({ hasText: colleague.shared.label });
    await item.waitFor();
    expect(await item.innerText()).toContain(colleague.shared.level);
    expect(await section.getByText(colleague.hidden).count()).toBe(0);
    expect(await section.getByText('Aucune compétence partagée avec vous.').count()).toBe(0);
    expect(await section.getByText('Sur votre fiche, vous voyez toutes vos compétences').count()).toBe(0);

    // On their own fiche, the owner is told that they also see what they keep to themselves.
    const ownId = generateTownHall({}).demoAccounts.find((account) => account.username === 'agent')!.agentId;
    await page.goto(`${suite.app.baseUrl}/agents/${ownId}`);
    const own = page.getByRole('region', { name: 'Compétences', exact: true });
    await own.getByText('Sur votre fiche, vous voyez toutes vos compétences').waitFor();
    expect(await own.getByRole('link', { name: 'Gérer mes compétences et leur partage' }).getAttribute('href')).toBe('/competences/mes-competences');
    expect(problems).toEqual([]);
  });

  it('a wrong password is refused with a French message read out by screen readers', async () => {
    await page.goto(`${suite.app.baseUrl}/connexion`);
    await signIn(page, 'rh', 'pas-le-bon-mot-de-passe');

    const message = page.locator('[aria-live]', { hasText: 'Identifiant ou mot de passe incorrect.' });
    await message.waitFor();
    expect(await message.count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/connexion');
    expect(problems).toEqual([]);
  });
});
