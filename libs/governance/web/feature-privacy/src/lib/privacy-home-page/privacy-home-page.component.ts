import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { canSearchAudit } from '@maillage/governance/web/data-access';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';

interface Entry {
  readonly link: string;
  readonly title: string;
  readonly text: string;
}

/** The privacy hub: what the agent can see and decide about their own data, and the committee's work. */
@Component({
  selector: 'mlg-privacy-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>Vie privée et données personnelles</h1>
    <p class="intro">
      Maillage est privé par défaut : vos données sensibles (grade, catégorie, matricule, diplômes…) ne sont montrées
      qu'aux personnes que la politique de visibilité autorise, et chaque consultation est tracée.
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
  styleUrls: ['../shared/privacy-page.css'],
  styles: `
    .entries { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; margin: 1.5rem 0 0; padding: 0; list-style: none; }
    .entries h2 { margin: 0 0 0.5rem; font-size: 1.125rem; }
    .entries p { margin: 0; }
  `,
})
export class PrivacyHomePageComponent {
  private readonly viewer = inject(CURRENT_ACCOUNT);

  protected readonly entries = computed((): readonly Entry[] => {
    const viewer = this.viewer();
    const own: Entry[] = viewer?.agentId
      ? [
          { link: '/vie-privee/consultations', title: 'Qui a consulté mes données', text: 'Qui a vu vos champs sensibles, quand, et pour quel motif.' },
          { link: '/vie-privee/partage', title: 'Mes choix de partage', text: 'Décidez qui peut voir vos diplômes et votre expérience.' },
          { link: '/vie-privee/mes-donnees', title: 'Mes données', text: 'Téléchargez tout ce que Maillage conserve sur vous (RGPD).' },
          { link: `/vie-privee/journal/${viewer.agentId}`, title: 'Journal des modifications', text: 'Qui a modifié votre fiche, quand, et pourquoi.' },
        ]
      : [];
    const committee: Entry = {
      link: '/vie-privee/comite',
      title: 'Comité de pilotage',
      text: 'Les décisions qui fixent qui peut voir quoi, et la politique en vigueur à toute date.',
    };
    const audit: Entry[] = canSearchAudit(viewer)
      ? [{ link: '/vie-privee/audit', title: 'Audit des consultations', text: 'Service RH : rechercher qui a consulté quoi, et exporter en CSV.' }]
      : [];
    return [...own, committee, ...audit];
  });
}
