import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { VisibleSkillsStore } from '@maillage/competences/web/data-access';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';
import { sharedLevel } from './shared-level';

/**
 * The skills an agent shares with the viewer, on their fiche (the app mounts it in the
 * directory's page; the heading is the page's). In the referential's alphabetical order,
 * as the agent declared them: no score, no ranking against colleagues.
 */
@Component({
  selector: 'mlg-agent-visible-skills',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [VisibleSkillsStore],
  imports: [RouterLink],
  template: `
    @if (isOwnFiche()) {
      <!-- The owner sees every skill they declared, hidden ones too: say so, or they would think colleagues see the same. -->
      <p class="own">
        Sur votre fiche, vous voyez toutes vos compétences, y compris celles que vous gardez pour vous ; vos collègues ne voient
        que celles que vous partagez. <a routerLink="/competences/mes-competences">Gérer mes compétences et leur partage</a>
      </p>
    }
    @if (store.skills(); as skills) {
      @if (skills.length === 0) {
        <p class="empty">{{ isOwnFiche() ? 'Vous n’avez déclaré aucune compétence.' : 'Aucune compétence partagée avec vous.' }}</p>
      } @else {
        <ul class="skills">
          @for (skill of skills; track skill.skillId) {
            <li>
              <span class="skill">{{ skill.label }}</span>
              @if (level(skill.level); as level) {
                — {{ level }}
              }
              @if (skill.wishesToDevelop) {
                <span class="tag">souhaite développer</span>
              }
            </li>
          }
        </ul>
      }
    } @else if (store.error()) {
      <p class="mlg-alert mlg-alert--error">Les compétences n'ont pas pu être chargées.</p>
      <button type="button" class="mlg-button mlg-button--secondary" (click)="store.reload()">Réessayer</button>
    } @else {
      <p class="loading">Chargement des compétences…</p>
    }
  `,
  styles: `
    .skills { margin: 0; padding-inline-start: 1.25rem; }
    .skills li + li { margin-block-start: 0.25rem; }
    .skill { font-weight: 600; }
    .tag { display: inline-block; margin-inline-start: 0.25rem; padding: 0 0.5rem; font-size: 0.875rem; color: var(--mlg-success); border: 1px solid var(--mlg-success); border-radius: 999px; }
    .empty, .loading { margin: 0; color: var(--mlg-text-muted); }
    .own { margin-block: 0 0.75rem; }
  `,
})
export class AgentVisibleSkillsComponent {
  readonly agentId = input.required<string>();

  protected readonly store = inject(VisibleSkillsStore);
  private readonly viewer = inject(CURRENT_ACCOUNT);
  protected readonly isOwnFiche = computed(() => this.viewer()?.agentId === this.agentId());
  protected readonly level = sharedLevel;

  constructor() {
    // The fiche stays mounted when following a hierarchy link: load for each agent.
    effect(() => {
      const agentId = this.agentId();
      untracked(() => this.store.load(agentId));
    });
  }
}
