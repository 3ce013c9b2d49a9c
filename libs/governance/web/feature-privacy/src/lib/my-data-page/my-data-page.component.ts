import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DownloadOutcome, PERSONAL_DATA_FILENAME, PrivacyDownloads } from '@maillage/governance/web/data-access';

const MESSAGES: Readonly<Record<DownloadOutcome, string>> = {
  done: `Le fichier ${PERSONAL_DATA_FILENAME} a été téléchargé.`,
  forbidden: "Ce compte n'est rattaché à aucune fiche agent : il n'y a pas de données d'agent à exporter.",
  failed: "Le téléchargement a échoué. Réessayez dans un instant.",
};

/** The right of access (RGPD art. 15): everything Maillage holds about the agent, as one file. */
@Component({
  selector: 'mlg-my-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <p class="back"><a routerLink="/vie-privee">Vie privée</a></p>
    <h1>Mes données</h1>
    <div class="intro">
      <p>
        Au titre du RGPD (droit d'accès), vous pouvez télécharger tout ce que Maillage conserve sur vous : l'historique
        de votre fiche et de votre compte (sans votre mot de passe), la liste des consultations de vos données sensibles,
        les consultations que vous avez faites vous-même et vos choix de partage.
      </p>
      <p>
        Le fichier, <strong>{{ filename }}</strong>, est au format JSON : il se lit avec un éditeur de texte. Il contient
        des données personnelles : conservez-le en lieu sûr.
      </p>
    </div>
    <button type="button" class="mlg-button" [attr.aria-disabled]="pending()" (click)="download()">
      {{ pending() ? 'Préparation du fichier…' : 'Télécharger mes données' }}
    </button>
    <div class="feedback" role="status" aria-atomic="true">
      @if (outcome() === 'done') {
        <p class="mlg-alert mlg-alert--success">{{ message() }}</p>
      }
    </div>
    <div aria-live="assertive" aria-atomic="true">
      @if (outcome() === 'failed' || outcome() === 'forbidden') {
        <p class="mlg-alert mlg-alert--error">{{ message() }}</p>
      }
    </div>
  `,
  styleUrls: ['../shared/privacy-page.css'],
  styles: `.feedback { margin-block-start: 1rem; }`,
})
export class MyDataPageComponent {
  private readonly downloads = inject(PrivacyDownloads);
  protected readonly filename = PERSONAL_DATA_FILENAME;
  protected readonly pending = signal(false);
  protected readonly outcome = signal<DownloadOutcome | null>(null);
  protected readonly message = computed(() => {
    const outcome = this.outcome();
    return outcome ? MESSAGES[outcome] : '';
  });

  protected download(): void {
    if (this.pending()) return;
    this.pending.set(true);
    this.outcome.set(null);
    this.downloads.personalData().subscribe((outcome) => {
      this.pending.set(false);
      this.outcome.set(outcome);
    });
  }
}
