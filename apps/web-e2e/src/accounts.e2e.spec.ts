import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { collectPageProblems, FRENCH_BROWSER } from './support/browser';
import { describeInChromium, signIn, chromiumSuite } from './support/session';

const SCENARIO_TIMEOUT_MS = 150_000;
/** « 8 décembre 2026 »: fr-FR, Paris time. */
const FRENCH_DATE = /^\d{1,2}(?:er)? [a-zéû]+ \d{4}$/;
const isFocused = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el === document.activeElement);

describeInChromium('« Comptes » in Chromium (needs Chromium at /usr/bin/chromium)', () => {
  const suite = chromiumSuite();
  const sessions = suite.sessions;

  it(
    'an admin creates an account, its owner replaces the one-time password at first sign-in, and the admin disables it',
    async () => {
      const { page: admin, problems } = await sessions.openAs('admin', '/annuaire');
      await admin.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Comptes' }).click();
      await admin.waitForURL((url) => url.pathname === '/administration/comptes');
      await admin.getByRole('heading', { level: 1, name: 'Comptes' }).waitFor();
      await admin.getByRole('row', { name: /^admin / }).waitFor();

      // Keyboard only: type the username, tick a role, submit.
      await admin.getByLabel('Identifiant').fill('E.Garnier');
      await admin.getByRole('group', { name: 'Rôles en plus du rôle agent' }).getByLabel('RH (DRH)').check();
      await admin.getByRole('button', { name: 'Créer le compte' }).press('Enter');
      await admin.getByRole('heading', { name: 'Mot de passe provisoire de e.garnier' }).waitFor();
      expect(await isFocused(admin, '#issued-password')).toBe(true);
      const oneTime = (await admin.locator('#issued-password').textContent())!.trim();
      expect(oneTime).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);

      const row = admin.getByRole('row', { name: /^e\.garnier / });
      await row.getByRole('cell', { name: 'Actif, mot de passe provisoire' }).waitFor();
      const created = (await row.getByRole('cell').nth(3).textContent())!.trim();
      expect(created).toMatch(FRENCH_DATE);
      expect(await axeViolations(admin)).toEqual([]);

      // The new account's owner, in their own browser.
      const context = await suite.browser.newContext(FRENCH_BROWSER);
      const owner = await context.newPage();
      const ownerProblems = collectPageProblems(owner);
      await owner.goto(`${suite.app.baseUrl}/annuaire`);
      await owner.waitForURL(/\/connexion\?retour=/);
      await signIn(owner, 'e.garnier', oneTime);
      await owner.waitForURL((url) => url.pathname === '/connexion/mot-de-passe');
      await owner.getByLabel('Mot de passe provisoire').fill(oneTime);
      await owner.getByLabel('Nouveau mot de passe', { exact: true }).fill('la phrase choisie par Emma');
      await owner.getByLabel('Confirmer le nouveau mot de passe').fill('la phrase choisie par Emma');
      expect(await axeViolations(owner)).toEqual([]);
      await owner.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await owner.waitForURL((url) => url.pathname === '/annuaire');

      // Back on « Comptes »: the account is active with its own password; the admin disables it.
      await admin.reload();
      await row.getByRole('cell', { name: 'Actif', exact: true }).waitFor();
      await admin.getByRole('button', { name: 'Désactiver e.garnier' }).click();
      await admin.getByText('Le compte e.garnier est désactivé : ses sessions sont fermées.').waitFor();
      await row.getByRole('cell', { name: 'Désactivé' }).waitFor();

      // Their open session is over: the next load of the app asks them to sign in, and signing in is refused.
      await owner.reload();
      await owner.waitForURL(/\/connexion/);
      await signIn(owner, 'e.garnier', 'la phrase choisie par Emma');
      await owner.getByText('Ce compte est désactivé : adressez-vous à la DLSI pour le réactiver.').waitFor();
      await context.close();

      // The last admin cannot take their own admin role away: the box stays ticked and the page says why.
      const adminRow = admin.getByRole('row', { name: /^admin / });
      const adminBox = adminRow.getByLabel('Administration (DLSI)');
      await adminBox.click();
      await admin.getByText('C’est le dernier compte administrateur actif', { exact: false }).waitFor();
      expect(await adminBox.isChecked()).toBe(true);

      expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
      expect(ownerProblems).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'a colleague without the admin role is not offered « Comptes » and is sent home from its address',
    async () => {
      const { page } = await sessions.openAs('rh', '/annuaire');
      expect(await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Comptes' }).count()).toBe(0);
      await page.goto(`${suite.app.baseUrl}/administration/comptes`);
      await page.waitForURL((url) => url.pathname === '/annuaire');
    },
    SCENARIO_TIMEOUT_MS,
  );
});
