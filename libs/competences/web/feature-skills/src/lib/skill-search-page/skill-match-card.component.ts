import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SkillMatch } from '@maillage/competences/contracts';
import { levelPhrase } from '../labels/skill-labels';

/** One agent found: who they are, and the matching skills they share with the viewer. */
@Component({
  selector: 'mlg-skill-match-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <article class="mlg-card card">
      <h4 class="name"><a [routerLink]="['/agents', match().agentId]">{{ match().displayName }}</a></h4>
      <p class="post">{{ match().postTitle ?? 'Non communiqué' }}</p>
      @if (unit(); as unit) {
        <p class="unit">{{ unit }}</p>
      }
      <p class="mlg-visually-hidden">Compétences correspondantes :</p>
      <ul class="skills">
        @for (skill of match().skills; track skill.skillId) {
          <li>
            <span class="skill">{{ skill.label }}</span> — {{ level(skill.level) }}
            @if (skill.wishesToDevelop) {
              <span class="tag">souhaite développer</span>
            }
          </li>
        }
      </ul>
    </article>
  `,
  styles: `
    :host { display: block; height: 100%; }
    .card { height: 100%; }
    .name { margin: 0 0 0.25rem; font-size: 1.125rem; }
    .post { margin: 0; font-weight: 600; }
    .unit { margin: 0.25rem 0 0; color: var(--mlg-text-muted); }
    .skills { margin: 0.75rem 0 0; padding-inline-start: 1.25rem; }
    .skill { font-weight: 600; }
    .tag { display: inline-block; margin-inline-start: 0.25rem; padding: 0 0.5rem; font-size: 0.875rem; color: var(--mlg-success); border: 1px solid var(--mlg-success); border-radius: 999px; }
  `,
})
export class SkillMatchCardComponent {
  readonly match = input.required<SkillMatch>();
  protected readonly level = levelPhrase;
  protected readonly unit = computed(() => {
    const { unitName, directionName } = this.match();
    if (unitName && directionName && unitName !== directionName) return `${unitName} — ${directionName}`;
    return unitName ?? directionName;
  });
}
