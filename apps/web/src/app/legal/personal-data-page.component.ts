import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EmailAddressComponent } from '@maillage/shared/web-ui';
import { plural } from '@maillage/shared/web-util';
import { LEGAL_SETTINGS } from './legal-settings';

/** The personal-data notice (RGPD articles 13 and 14): purposes, retention, rights, DPO contact. */
@Component({
  selector: 'mlg-personal-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmailAddressComponent, RouterLink],
  template: `
    <h1>Données personnelles</h1>
    <h2>Finalités</h2>
    <ul>
      <li>Tenir l’annuaire des agents et l’organigramme de la mairie (mission d’intérêt public).</li>
      <li>Permettre aux agents de déclarer leurs compétences et de choisir qui peut les voir.</li>
      <li>Proposer des équipes projet à partir des compétences que les agents ont choisi de partager.</li>
      <li>Tracer les consultations des fiches, pour que chacun sache qui a consulté ses données.</li>
    </ul>
    <h2>Durées de conservation</h2>
    <ul>
      <li>Journaux de consultation&#8239;: {{ retention }}, puis suppression.</li>
      <li>Fiche agent&#8239;: le temps de la présence de l’agent dans la collectivité, puis archivage selon les règles des archives publiques.</li>
      <li>Compétences déclarées&#8239;: jusqu’à leur retrait par l’agent ou son départ.</li>
    </ul>
    <h2>Vos droits</h2>
    <p>
      Vous pouvez accéder à vos données, les faire rectifier, vous opposer à certains traitements et en limiter l’usage.
      La page <a routerLink="/vie-privee">Vie privée</a> (après connexion) montre qui a consulté votre fiche et vous permet de télécharger vos données.
    </p>
    <h2>Délégué à la protection des données</h2>
    <p>Écrivez au délégué à la protection des données&#8239;: <mlg-email-address [address]="settings.dpoContact" />. Vous pouvez aussi adresser une réclamation à la CNIL (cnil.fr).</p>
  `,
})
export class PersonalDataPageComponent {
  protected readonly settings = LEGAL_SETTINGS;
  protected readonly retention = plural(LEGAL_SETTINGS.consultationLogMonths, 'mois', 'mois');
}
