import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmailAddressComponent } from '@maillage/shared/web-ui';
import { LEGAL_SETTINGS } from './legal-settings';

@Component({
  selector: 'mlg-help-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmailAddressComponent],
  template: `
    <h1>Aide et contact</h1>
    <h2 id="mot-de-passe">Mot de passe oublié ou compte bloqué</h2>
    <p>
      Votre identifiant et votre mot de passe sont ceux de votre session sur les postes de la mairie.
      S’il est oublié ou expiré, appelez l’assistance informatique ({{ settings.helpPhone }}) ou écrivez à
      <mlg-email-address [address]="settings.helpContact" />&#8239;: un nouveau mot de passe provisoire vous sera remis.
    </p>
    <h2>Une question sur Maillage</h2>
    <p>Écrivez à <mlg-email-address [address]="settings.helpContact" /> en décrivant la page et ce que vous cherchiez à faire.</p>
  `,
})
export class HelpPageComponent {
  protected readonly settings = LEGAL_SETTINGS;
}
