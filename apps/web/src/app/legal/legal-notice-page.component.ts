import { ChangeDetectionStrategy, Component } from '@angular/core';
import { LEGAL_SETTINGS } from './legal-settings';

@Component({
  selector: 'mlg-legal-notice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Mentions légales</h1>
    <dl>
      <dt>Éditeur</dt>
      <dd>{{ settings.publisher }}</dd>
      <dt>Directeur de la publication</dt>
      <dd>{{ settings.publicationDirector }}</dd>
      <dt>Hébergement</dt>
      <dd>{{ settings.host }}</dd>
    </dl>
    <p>Maillage est l’annuaire interne de la mairie, réservé à ses agents. Ses contenus ne doivent pas être diffusés hors de la collectivité.</p>
  `,
})
export class LegalNoticePageComponent {
  protected readonly settings = LEGAL_SETTINGS;
}
