import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DateOnlyPipe, EmailAddressComponent } from '@maillage/shared/web-ui';
import { LEGAL_SETTINGS } from './legal-settings';

/** Accessibility statement (required for a public body's intranet): level, audit date, known gaps. */
@Component({
  selector: 'mlg-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateOnlyPipe, EmailAddressComponent, RouterLink],
  template: `
    <h1>Déclaration d’accessibilité</h1>
    <p>La mairie s’engage à rendre Maillage accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.</p>
    <h2>État de conformité</h2>
    <p>
      Maillage est <strong>partiellement conforme</strong> au référentiel général d’amélioration de l’accessibilité (RGAA 4.1)&#8239;:
      une autoévaluation a été menée le <time [attr.datetime]="settings.accessibilityAuditDate">{{ settings.accessibilityAuditDate | dateOnly }}</time>
      (tests automatiques axe-core sur chaque page, sur ordinateur et sur téléphone, et parcours au clavier)&#8239;;
      aucun audit complet par un organisme indépendant n’a encore eu lieu.
    </p>
    <h2>Contenus non accessibles connus</h2>
    <ul>
      <li>La vue graphique de l’organigramme se parcourt à la touche Tab case par case, sans flèches&#8239;; la vue en liste est l’alternative accessible.</li>
      <li>La comparaison des propositions d’équipe est longue à parcourir et ne propose pas encore de tableau de comparaison.</li>
      <li>Le tableau « Mes compétences » repose sur une suite de formulaires plutôt qu’un tableau éditable.</li>
      <li>Les revues d’import et les journaux de consultation n’ont pas été vérifiés au lecteur d’écran.</li>
    </ul>
    <h2>Retour d’information et contact</h2>
    <p>
      Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez à
      <mlg-email-address [address]="settings.helpContact" />&#8239;: une alternative vous sera proposée.
      Voir aussi la page <a routerLink="/aide">Aide et contact</a>.
    </p>
    <h2>Voies de recours</h2>
    <p>Si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (defenseurdesdroits.fr).</p>
  `,
})
export class AccessibilityPageComponent {
  protected readonly settings = LEGAL_SETTINGS;
}
