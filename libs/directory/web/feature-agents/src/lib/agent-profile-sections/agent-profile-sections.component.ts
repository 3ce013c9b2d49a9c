import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal, Type } from '@angular/core';
import { AGENT_PROFILE_SECTIONS } from '@maillage/directory/web/data-access';

type Shown = { readonly title: string; readonly component: Type<unknown> | null; readonly failed: boolean };

let lists = 0;

/**
 * The fiche's sections owned by other contexts, as the app registered them: a heading
 * each, then the context's component given the agent's id. Each is loaded once and
 * kept when the page moves to another agent (a hierarchy link).
 */
@Component({
  selector: 'mlg-agent-profile-sections',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgComponentOutlet],
  template: `
    @for (section of sections(); track $index; let i = $index) {
      <section class="section" [attr.aria-labelledby]="id + '-' + i">
        <h2 [id]="id + '-' + i">{{ section.title }}</h2>
        @if (section.component; as component) {
          <ng-container *ngComponentOutlet="component; inputs: { agentId: agentId() }" />
        } @else if (section.failed) {
          <p class="mlg-alert mlg-alert--error">Cette partie de la fiche n'a pas pu être chargée. Rechargez la page.</p>
        } @else {
          <p class="loading">Chargement…</p>
        }
      </section>
    }
  `,
  styles: `
    .section { margin-block: 1.5rem; }
    .section h2 { font-size: 1.25rem; }
    .loading { color: var(--mlg-text-muted); }
  `,
})
export class AgentProfileSectionsComponent {
  readonly agentId = input.required<string>();

  protected readonly id = `profile-section-${++lists}`;
  private readonly registered = inject(AGENT_PROFILE_SECTIONS);
  protected readonly sections = signal<readonly Shown[]>(this.registered.map(({ title }) => ({ title, component: null, failed: false })));

  constructor() {
    this.registered.forEach((section, index) => {
      section.loadComponent().then(
        (component) => this.settle(index, { component }),
        () => this.settle(index, { failed: true }),
      );
    });
  }

  private settle(index: number, change: Partial<Shown>): void {
    this.sections.update((sections) => sections.map((section, i) => (i === index ? { ...section, ...change } : section)));
  }
}
