import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';

const ENTRIES = [
  { link: '/competences/mes-competences', title: 'Mes compétences', text: 'Déclarez vos compétences, votre niveau si vous le souhaitez, et choisissez qui peut les voir.' },
  { link: '/competences/recherche', title: 'Recherche de compétences', text: 'Trouvez des collègues par les compétences qu’ils ont choisi de partager.' },
  { link: '/competences/equipe', title: 'Constituer une équipe', text: 'Pour un projet transversal : trois propositions d’équipe expliquées, pour aider le chef de projet à décider.' },
] as const;

/** Admins only (the page's guard and the server refuse everyone else). */
const REFERENTIAL = {
  link: '/competences/referentiel',
  title: 'Référentiel des compétences',
  text: 'Ajoutez, renommez et fusionnez les compétences du référentiel ; l’historique de chacune reste consultable.',
} as const;

/** The competences hub: a sub-page, so the main navigation keeps « Compétences » as the current entry. */
@Component({
  selector: 'mlg-skills-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>Compétences</h1>
    <p class="intro">
      Vos compétences sont privées par défaut : vous seul(e) les déclarez et décidez qui peut les voir. Personne n’est noté
      ni classé ; les niveaux sont ceux que chacun déclare.
    </p>
    <ul class="entries">
      @for (entry of entries(); track entry.link) {
        <li class="mlg-card">
          <h2><a [routerLink]="entry.link">{{ entry.title }}</a></h2>
          <p>{{ entry.text }}</p>
        </li>
      }
    </ul>
  `,
  styleUrls: ['../shared/competences-page.css'],
  styles: `
    .entries { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; margin: 1.5rem 0 0; padding: 0; list-style: none; }
    .entries h2 { margin: 0 0 0.5rem; font-size: 1.125rem; }
    .entries p { margin: 0; }
  `,
})
export class SkillsHomePageComponent {
  private readonly viewer = inject(CURRENT_ACCOUNT);
  protected readonly entries = computed(() => (this.viewer()?.roles.includes('admin') ? [...ENTRIES, REFERENTIAL] : ENTRIES));
}
