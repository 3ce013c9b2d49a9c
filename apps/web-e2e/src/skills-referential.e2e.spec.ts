import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, describeInChromium, chromiumSuite } from './support/session';

const SCENARIO_TIMEOUT_MS = 120_000;
const ENTRY = 'Référentiel des compétences';
/** "1er décembre 2026 à 10:05" or "7 décembre 2026 à 10:05": fr-FR, Paris time. */
const FRENCH_DATE_TIME = /\d{1,2}(?:er)? [a-zéû]+ \d{4} à \d{2}:\d{2}/;

const isFocused = (page: Page, selector: Parameters<Page['locator']>[0]) => page.locator(selector).evaluate((el) => el === document.activeElement);

describeInChromium('Référentiel des compétences in Chromium (needs Chromium at /usr/bin/chromium)', () => {
  const suite = chromiumSuite();
  const sessions = suite.sessions;
  const openAs = sessions.openAs.bind(sessions);

  it(
    'an admin adds a skill with a synonym, renames it, merges it into another and reads both histories',
    async () => {
      const { page, problems } = await openAs('admin', '/competences');
      await page.getByRole('main').getByRole('link', { name: ENTRY }).click();
      await page.waitForURL((url) => url.pathname === '/competences/referentiel');
      // A page of Compétences: the main navigation marks that entry, and only that one, as current.
      const current = page.getByRole('navigation', { name: 'Navigation principale' }).locator('[aria-current="page"]');
      expect(await current.allTextContents()).toEqual(['Compétences']);
      await page.getByRole('heading', { level: 1, name: 'Référentiel des compétences' }).waitFor();
      expect(await page.title()).toBe('Référentiel des compétences — Maillage');
      await page.getByRole('heading', { level: 3, name: 'Urbanisme et aménagement' }).waitFor();

      // Add: a label, a domain of the referential, comma-separated synonyms.
      await page.getByLabel('Libellé', { exact: true }).fill('Cartographie des réseaux');
      await page.getByLabel('Domaine', { exact: true }).selectOption({ label: 'Urbanisme et aménagement' });
      await page.getByLabel('Synonymes', { exact: true }).fill('plans de réseaux, DT-DICT');
      await page.getByRole('button', { name: 'Ajouter au référentiel' }).click();
      await page.getByRole('status').filter({ hasText: '« Cartographie des réseaux » est ajoutée au référentiel' }).waitFor();
      expect(await isFocused(page, 'form[aria-labelledby="new-skill-title"] .result')).toBe(true);

      await page.getByRole('searchbox', { name: 'Filtrer les compétences' }).fill('cartographie');
      const added = page.getByRole('article', { name: 'Cartographie des réseaux', exact: true });
      await added.getByText('Synonymes : plans de réseaux, DT-DICT').waitFor();

      // Rename, keyboard only: the button opens the field with the focus in it, Enter saves.
      await added.getByRole('button', { name: 'Renommer' }).click();
      const labelBox = added.getByRole('textbox', { name: 'Nouveau libellé' });
      expect(await labelBox.evaluate((el) => el === document.activeElement)).toBe(true);
      await labelBox.press('ControlOrMeta+a');
      await labelBox.pressSequentially('Cartographie des réseaux enterrés');
      await labelBox.press('Enter');
      const renamed = page.getByRole('article', { name: 'Cartographie des réseaux enterrés', exact: true });
      await renamed.getByRole('status').filter({ hasText: 'est renommée « Cartographie des réseaux enterrés »' }).waitFor();
      expect(await renamed.locator('.result').evaluate((el) => el === document.activeElement)).toBe(true);

      // Merge into the seeded "Cartographie", chosen in the skill combobox, after a warning.
      await renamed.getByRole('button', { name: 'Fusionner dans…' }).click();
      const combobox = renamed.getByRole('combobox', { name: 'Compétence qui reste', exact: true });
      await combobox.fill('cartographie');
      const listbox = renamed.getByRole('listbox', { name: 'Compétences proposées : Compétence qui reste' });
      await listbox.getByRole('option').filter({ has: page.locator('.name').getByText('Cartographie', { exact: true }) }).click();
      await renamed.getByText('Les déclarations des agents seront reportées sur « Cartographie ». Cette action ne s’annule pas.').waitFor();
      await renamed.getByRole('button', { name: 'Confirmer la fusion' }).click();
      await renamed.getByRole('status').filter({ hasText: 'est fusionnée dans « Cartographie »' }).waitFor();
      await renamed.getByText('Fusionnée dans « Cartographie ».').waitFor();
      expect(await renamed.getByRole('button', { name: 'Renommer' }).count()).toBe(0);

      // The duplicate's history: creation, rename and merge, dated in French, with who did it.
      await renamed.getByRole('button', { name: 'Historique' }).click();
      const history = renamed.getByRole('region', { name: 'Historique de « Cartographie des réseaux enterrés »' });
      const lines = history.getByRole('listitem');
      await lines.nth(2).waitFor();
      const texts = await lines.allInnerTexts();
      expect(texts).toHaveLength(3);
      expect(texts[0]).toContain('Création de « Cartographie des réseaux » (domaine « Urbanisme et aménagement », synonymes : plans de réseaux, DT-DICT).');
      expect(texts[1]).toContain('Renommée : « Cartographie des réseaux » devient « Cartographie des réseaux enterrés ».');
      expect(texts[2]).toContain('Fusionnée dans « Cartographie »');
      for (const text of texts) {
        expect(text).toMatch(FRENCH_DATE_TIME);
        expect(text).not.toContain('par système');
      }
      expect(await history.getByRole('heading').evaluate((el) => el === document.activeElement)).toBe(true);

      // The surviving skill's history shows the merge too.
      const survivor = page.getByRole('article', { name: 'Cartographie', exact: true });
      await survivor.getByRole('button', { name: 'Historique' }).click();
      const survivorHistory = survivor.getByRole('region', { name: 'Historique de « Cartographie »' });
      await survivorHistory.getByText('« Cartographie des réseaux enterrés » a été fusionnée dans cette compétence').waitFor();
      expect(await survivorHistory.getByRole('listitem').first().innerText()).toContain('par système');
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'an admin whose rename comes after a colleague\'s is told the skill changed in the meantime, and sees it reloaded',
    async () => {
      const { page, problems } = await openAs('admin', '/competences/referentiel');
      await page.getByRole('searchbox', { name: 'Filtrer les compétences' }).fill('reprographie');
      const card = page.getByRole('article', { name: 'Reprographie', exact: true });
      await card.getByRole('button', { name: 'Renommer' }).click();

      // Meanwhile, another admin renames it over the API.
      const login = await fetch(`${suite.app.baseUrl}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
      });
      const auth = { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
      const skills = (await (await fetch(`${suite.app.baseUrl}/api/skills?q=reprographie`, { headers: auth })).json()) as { skillId: string; version: number }[];
      const { version } = skills.find((s) => s.skillId === 'reprographie')!;
      const concurrent = await fetch(`${suite.app.baseUrl}/api/skills/reprographie`, {
        method: 'PATCH', headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${version}"` }, body: JSON.stringify({ label: 'Reprographie et impression' }),
      });
      expect(concurrent.status).toBe(200);

      await card.getByRole('textbox', { name: 'Nouveau libellé' }).fill('Impression');
      await card.getByRole('button', { name: 'Enregistrer le libellé' }).click();
      const reloaded = page.getByRole('article', { name: 'Reprographie et impression', exact: true });
      await reloaded.getByText('Cette compétence a été modifiée entre-temps par quelqu’un d’autre').waitFor();
      const box = reloaded.getByRole('textbox', { name: 'Nouveau libellé' });
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      // The 409 the browser logs is the point of this test.
      expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'a plain agent has no Référentiel entry and is sent back to Compétences from its address',
    async () => {
      const { page, problems } = await openAs('agent', '/competences');
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await nav.getByRole('link', { name: 'Compétences', exact: true }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Compétences' }).waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Mes compétences', exact: true }).waitFor();
      expect(await page.getByRole('link', { name: ENTRY }).count()).toBe(0);

      await page.goto(`${suite.app.baseUrl}/competences/referentiel`);
      await page.waitForURL((url) => url.pathname === '/competences');
      await page.getByRole('heading', { level: 1, name: 'Compétences' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Référentiel des compétences' }).count()).toBe(0);
      expect(problems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );
});
