import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'mlg-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>Page introuvable</h1>
    <p>L'adresse demandée ne correspond à aucune page de Maillage.</p>
    <p><a routerLink="/">Revenir à l'accueil</a></p>
  `,
})
export class NotFoundComponent {}
