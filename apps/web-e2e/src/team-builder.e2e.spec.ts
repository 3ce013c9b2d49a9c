import type { MyDeclaredSkill, TeamProposalSet } from '@maillage/competences/contracts';
import type { SessionTokens } from '@maillage/identity/contracts';
import type { Page, Response } from 'playwright-core';
import { generateTownHall } from '@maillage/tools/seed';
import { DEMO_PASSWORD, describeInChromium, chromiumSuite } from './support/session';

const SCENARIO_TIMEOUT_MS = 120_000;

/** The case's "Dématérialisation" project: five skills, three directions that must take part. */
const REQUIRED_SKILLS = ['Dématérialisation des procédures', 'Conduite de projet', 'Paie', 'Communication interne', 'Développement web'];
const REQUIRED_DIRECTIONS = ["Direction Logistique et Systèmes d'Information", 'Direction des Ressources Humaines', 'Direction de la Communication Interne'];
const SHARE_PATH = /^\/competences\/equipes\/[0-9a-f-]{36}$/;

const isApi = (response: Response, path: string | RegExp, method = 'GET') => {
  const url = new URL(response.url());
  const matches = typeof path === 'string' ? url.pathname === path : path.test(url.pathname);
  return matches && response.request().method() === method;
};

/** Types into the skill combobox labelled so, and picks the option of that exact name. */
async function chooseSkill(page: Page, comboboxLabel: string, typed: string, label: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: comboboxLabel, exact: true });
  await combobox.fill(typed);
  const listbox = page.getByRole('listbox', { name: `Compétences proposées : ${comboboxLabel}` });
  await listbox.getByRole('option').filter({ has: page.locator('.name').getByText(label, { exact: true }) }).click();
  await page.getByRole('status').filter({ hasText: `« ${label} » choisie.` }).waitFor();
  expect(await combobox.inputValue()).toBe(label);
}

/** The same with the keyboard only: arrows down to the option, Enter to choose it. */
async function chooseSkillWithKeyboard(page: Page, comboboxLabel: string, typed: string, label: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: comboboxLabel, exact: true });
  await combobox.fill(typed);
  const listbox = page.getByRole('listbox', { name: `Compétences proposées : ${comboboxLabel}` });
  await listbox.getByRole('option').first().waitFor();
  const count = await listbox.getByRole('option').count();
  for (let i = 0; i < count; i++) {
    await combobox.press('ArrowDown');
    const active = await combobox.getAttribute('aria-activedescendant');
    if (active && (await page.locator(`[id="${active}"] .name`).innerText()) === label) break;
  }
  await combobox.press('Enter');
  await page.getByRole('status').filter({ hasText: `« ${label} » choisie.` }).waitFor();
  expect(await combobox.inputValue()).toBe(label);
  expect(await combobox.getAttribute('aria-expanded')).toBe('false');
}

describeInChromium('Compétences in Chromium (needs Chromium at /usr/bin/chromium)', () => {
  const suite = chromiumSuite();
  const sessions = suite.sessions;
  const openAs = sessions.openAs.bind(sessions);

  async function tokenOf(username: string): Promise<string> {
    const response = await fetch(`${suite.app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status}`);
    return ((await response.json()) as SessionTokens).accessToken;
  }

  it(
    'the manager staffs the Dématérialisation project: three explained proposals across three directions, saved and shared by link',
    async () => {
      const { page, problems } = await openAs('manager', '/competences/equipe');
      await page.getByRole('heading', { level: 1, name: 'Constituer une équipe' }).waitFor();
      expect(await page.title()).toBe('Constituer une équipe — Maillage');
      await page.getByText('Ces propositions sont des suggestions : c’est le chef de projet qui décide et invite.').first().waitFor();

      await page.getByLabel('Titre du projet (facultatif)').fill('Dématérialisation');
      for (const [i, skill] of REQUIRED_SKILLS.entries()) {
        if (i > 0) await page.getByRole('button', { name: 'Ajouter une compétence' }).click();
        // "Ajouter une compétence" puts the focus in the new row.
        if (i > 0) expect(await page.getByRole('combobox', { name: `Compétence ${i + 1}`, exact: true }).evaluate((input) => input === document.activeElement)).toBe(true);
        // One of them with the keyboard alone.
        const choose = skill === 'Paie' ? chooseSkillWithKeyboard : chooseSkill;
        await choose(page, `Compétence ${i + 1}`, skill.toLowerCase(), skill);
      }

      const directions = page.getByRole('group', { name: 'Directions qui doivent participer' });
      await directions.getByText('Un projet transversal en associe au moins deux').waitFor();
      for (const name of REQUIRED_DIRECTIONS) await directions.getByLabel(name, { exact: true }).check();
      await directions.getByText('3 directions imposées').waitFor();

      // The signed-in manager leads the project unless they choose otherwise.
      const fixed = page.getByRole('group', { name: 'Membres désignés' });
      await fixed.getByRole('listitem').first().getByText('Chef de projet', { exact: true }).waitFor();

      const proposed = page.waitForResponse((response) => isApi(response, '/api/team-builder/proposals', 'POST'));
      await page.getByRole('button', { name: 'Proposer des équipes' }).click();
      const answer = await proposed;
      expect(answer.status()).toBe(201);
      const set = (await answer.json()) as TeamProposalSet;
      expect(set.proposals).toHaveLength(3);

      const results = page.getByRole('region', { name: 'Équipes proposées pour « Dématérialisation »' });
      await results.waitFor();
      await page.getByRole('status').filter({ hasText: '3 propositions d’équipe sont prêtes' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: /Équipes proposées/ }).evaluate((h) => h === document.activeElement)).toBe(true);

      for (const number of [1, 2, 3]) {
        const card = results.getByRole('article', { name: `Proposition ${number}`, exact: true });
        await card.waitFor();
        const directionCount = Number((await card.getByText(/^Directions représentées \(\d+\)$/).innerText()).replace(/\D/g, ''));
        expect(directionCount).toBeGreaterThanOrEqual(3);
        // A required direction is on the team, or the proposal says it is missing and why it matters.
        const represented = await card.locator('dd').first().innerText();
        // The summary is only shown when there is something to say about the team as a whole.
        const summary = (await card.locator('.summary').count()) > 0 ? await card.locator('.summary').innerText() : '';
        for (const name of REQUIRED_DIRECTIONS) {
          if (!represented.includes(name)) expect(summary).toContain(`${name}, attendue sur le projet, n’est pas représentée`);
        }
        // Every member comes with the reason they are proposed, in plain French.
        const explanations = await card.locator('.why').allInnerTexts();
        expect(explanations.length).toBeGreaterThan(1);
        for (const text of explanations) expect(text.trim().length).toBeGreaterThan(10);
        await card.getByText(/Temps déjà engagé|Aucun temps déjà engagé/).first().waitFor();
        // Proximity in words, the number for screen readers; no score of people.
        expect(await card.getByText(/^(forte|moyenne|faible)$/).count()).toBe(1);
        await card.getByText(/Coût de communication : \d/).waitFor({ state: 'attached' });
        await card.getByRole('img', { name: `Graphe de la proposition ${number}` }).waitFor();
      }
      // Side by side on a wide screen.
      const tops = await results.getByRole('article').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);

      await page.getByRole('button', { name: 'Enregistrer et partager' }).click();
      const link = await page.getByLabel('Lien à partager').inputValue();
      const sharePath = new URL(link).pathname;
      expect(sharePath).toMatch(SHARE_PATH);
      expect(sharePath).toBe(`/competences/equipes/${set.id}`);

      // The link, opened as it would be from a message: a full page load.
      const opened = page.waitForResponse((response) => isApi(response, `/api/team-builder/proposals/${set.id}`));
      await page.goto(link);
      expect((await opened).status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: 'Dématérialisation' }).waitFor();
      expect(await page.title()).toBe('Proposition d’équipe — Maillage');
      await page.getByText('Ces propositions sont des suggestions : c’est le chef de projet qui décide et invite.').waitFor();
      expect(await page.getByRole('article', { name: /^Proposition \d$/ }).count()).toBe(3);
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'the manager sets a colleague aside: chosen in the agent picker, then offered only as already listed or set aside, then removed',
    async () => {
      const townHall = generateTownHall({});
      const agentId = townHall.demoAccounts.find((account) => account.username === 'agent')?.agentId;
      const colleague = townHall.agents.find((agent) => agent.agentId === agentId)!;
      const name = `${colleague.firstName} ${colleague.usualName ?? colleague.lastName}`;
      const { page, problems } = await openAs('manager', '/competences/equipe');
      await page.getByRole('heading', { level: 1, name: 'Constituer une équipe' }).waitFor();

      const aside = page.getByRole('group', { name: 'Personnes à ne pas proposer' });
      const box = aside.getByRole('searchbox', { name: 'Ajouter un agent : Personnes à ne pas proposer', exact: true });
      const offered = aside.getByRole('list', { name: 'Agents proposés : Personnes à ne pas proposer' }).getByRole('button').filter({ hasText: name });
      await box.fill(name);
      await offered.first().click();
      const chosen = aside.getByRole('list', { name: 'Personnes à ne pas proposer : personnes choisies' });
      await chosen.getByRole('listitem').filter({ hasText: name }).waitFor();
      // Ready for the next name: the box is empty and keeps the focus.
      expect(await box.inputValue()).toBe('');
      expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);

      // Offered again, but not twice: here as already listed, in the other list as set aside.
      await box.fill(name);
      await offered.filter({ hasText: '(déjà dans la liste)' }).first().waitFor();
      expect(await offered.first().getAttribute('aria-disabled')).toBe('true');
      const fixed = page.getByRole('group', { name: 'Membres désignés' });
      await fixed.getByRole('searchbox', { name: 'Ajouter un agent : Membres désignés', exact: true }).fill(name);
      const fixedOffer = fixed.getByRole('list', { name: 'Agents proposés : Membres désignés' }).getByRole('button').filter({ hasText: name }).first();
      await fixedOffer.filter({ hasText: '(écarté(e))' }).waitFor();
      // aria-disabled keeps the button focusable; pressing it adds nobody.
      await fixedOffer.focus();
      await page.keyboard.press('Enter');
      expect(await fixed.getByRole('list', { name: 'Membres désignés : personnes choisies' }).getByRole('listitem').filter({ hasText: name }).count()).toBe(0);

      await aside.getByRole('button', { name: `Retirer ${name}`, exact: true }).click();
      await chosen.waitFor({ state: 'detached' });
      expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'on a narrow screen the three proposals are stacked',
    async () => {
      const token = await tokenOf('manager');
      const response = await fetch(`${suite.app.baseUrl}/api/team-builder/proposals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ title: 'Petit écran', requirements: [{ skillId: 'paie', minLevel: 'notions', count: 1 }], maxSize: 4, requiredDirectionIds: [], fixedMemberIds: [], excludedIds: [] }),
      });
      expect(response.status).toBe(201);
      const set = (await response.json()) as TeamProposalSet;

      const { page, problems } = await openAs('rh', `/competences/equipes/${set.id}`, { width: 390, height: 844 });
      await page.getByRole('heading', { level: 1, name: 'Petit écran' }).waitFor();
      const cards = page.getByRole('article', { name: /^Proposition \d$/ });
      await cards.first().waitFor();
      const lefts = await cards.evaluateAll((all) => all.map((card) => Math.round(card.getBoundingClientRect().left)));
      expect(new Set(lefts).size).toBe(1);
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'an agent declares a skill found by its synonym, private by default, then shares it and reads who will see it',
    async () => {
      const { page, problems } = await openAs('agent', '/competences/mes-competences');
      await page.getByRole('heading', { level: 1, name: 'Mes compétences' }).waitFor();
      await page.getByText('personne d’autre, ni votre responsable ni le service RH, ne peut les modifier', { exact: false }).waitFor();

      // "système d'information géographique" is a synonym of "SIG".
      await chooseSkill(page, 'Compétence', 'système d’information géographique', 'SIG');
      const addForm = page.getByRole('form', { name: 'Ajouter une compétence' });
      await addForm.getByText('Seul(e) vous voyez cette compétence.').waitFor();
      expect(await addForm.getByLabel('Moi seul(e)').isChecked()).toBe(true);

      const declared = page.waitForResponse((response) => isApi(response, '/api/me/skills', 'POST'));
      await page.getByRole('button', { name: 'Ajouter à mes compétences' }).click();
      expect((await declared).status()).toBe(201);
      await page.getByRole('status').filter({ hasText: '« SIG » est ajoutée à vos compétences. Seul(e) vous voyez cette compétence.' }).waitFor();

      const card = page.getByRole('article', { name: 'SIG', exact: true });
      await card.waitFor();
      const sentence = card.locator('[aria-live="polite"]');
      expect(await sentence.innerText()).toBe('Seul(e) vous voyez cette compétence.');
      await card.getByLabel('Constitution d’équipes uniquement').check();
      await sentence.filter({ hasText: 'Elle sert uniquement à proposer des équipes pour des projets ; elle n’apparaît pas dans l’annuaire.' }).waitFor();
      await card.getByLabel('Ma hiérarchie').check();
      await sentence.filter({ hasText: 'Votre responsable et sa hiérarchie la voient.' }).waitFor();
      await card.getByLabel('Tout le monde').check();
      await sentence.filter({ hasText: 'Tous les agents la voient.' }).waitFor();
      await card.getByLabel('Niveau en SIG').selectOption({ label: 'Pratique' });
      await card.getByText('Ces changements ne sont pas encore enregistrés.').waitFor();

      const changed = page.waitForResponse((response) => isApi(response, '/api/me/skills/sig', 'PATCH'));
      await card.getByRole('button', { name: 'Enregistrer : SIG' }).click();
      const patch = await changed;
      expect(patch.status()).toBe(200);
      expect(patch.request().postDataJSON()).toEqual({ level: 'pratique', scope: 'everyone' });
      await card.getByRole('status').filter({ hasText: 'Vos choix pour « SIG » sont enregistrés.' }).waitFor();

      const token = await tokenOf('agent');
      const mine = (await (await fetch(`${suite.app.baseUrl}/api/me/skills`, { headers: { authorization: `Bearer ${token}` } })).json()) as MyDeclaredSkill[];
      expect(mine.find((skill) => skill.skillId === 'sig')).toMatchObject({ level: 'pratique', scope: 'everyone', wishesToDevelop: false });

      // Withdrawal asks first, then says so and moves the focus to the list.
      await card.getByRole('button', { name: 'Retirer SIG' }).click();
      const withdrawn = page.waitForResponse((response) => isApi(response, '/api/me/skills/sig', 'DELETE'));
      await card.getByRole('button', { name: 'Oui, retirer SIG' }).click();
      expect((await withdrawn).status()).toBe(200);
      await page.getByRole('status').filter({ hasText: '« SIG » est retirée de vos compétences.' }).waitFor();
      await card.waitFor({ state: 'detached' });
      expect(await page.getByRole('heading', { level: 2, name: 'Vos compétences déclarées' }).evaluate((h) => h === document.activeElement)).toBe(true);
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'the skill search finds colleagues by a synonym, announces the count and links to their fiche',
    async () => {
      const { page, problems } = await openAs('rh', '/competences/recherche');
      await page.getByRole('heading', { level: 1, name: 'Recherche de compétences' }).waitFor();
      const searched = page.waitForResponse((response) => isApi(response, '/api/skill-search'));
      await page.getByLabel('Compétence recherchée').fill('gestion de la paie');
      expect((await searched).status()).toBe(200);
      await page.getByRole('status').filter({ hasText: /agents? trouvés? pour «\u202fgestion de la paie\u202f»/ }).waitFor();
      const first = page.getByRole('article').first();
      await first.getByText('Paie').first().waitFor();
      const fiche = await first.getByRole('link').first().getAttribute('href');
      expect(fiche).toMatch(/^\/agents\/[0-9a-f-]{36}$/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('gestion de la paie');
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );
});
