import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GOVERNED_FIELDS, GovernedField } from '@maillage/governance/contracts';
import {
  AUDIT_LIMITS,
  AuditCriteria,
  auditPeriodError,
  AuditSearchStore,
  canSearchAudit,
  DownloadOutcome,
  GovernanceApi,
  PrivacyDownloads,
} from '@maillage/governance/web/data-access';
import { AgentOption, AgentPickerComponent, AgentSearch, InstantPipe, MAX_AGENT_CHOICES } from '@maillage/shared/web-ui';
import { map } from 'rxjs';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';
import { capitalized, fieldLabel, fieldList } from '../labels/field-labels';
import { purposeLabel } from '../labels/purpose-labels';
import { auditResultStatus } from './audit-result-status';

const EXPORT_MESSAGES: Readonly<Record<DownloadOutcome, string>> = {
  done: 'Le fichier journal-des-consultations.csv a été téléchargé.',
  forbidden: "L'export est réservé au service RH.",
  failed: "L'export a échoué. Réessayez dans un instant.",
};

/** HR's audit of who saw what: search, results, CSV export. Nobody can alter the trail from here. */
@Component({
  selector: 'mlg-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [InstantPipe, DecimalPipe, RouterLink, AgentPickerComponent],
  providers: [AuditSearchStore],
  templateUrl: './audit-page.component.html',
  styleUrls: ['../shared/privacy-page.css', './audit-page.component.css'],
})
export class AuditPageComponent {
  protected readonly store = inject(AuditSearchStore);
  private readonly downloads = inject(PrivacyDownloads);
  private readonly viewer = inject(CURRENT_ACCOUNT);
  private readonly api = inject(GovernanceApi);
  protected readonly allowed = computed(() => canSearchAudit(this.viewer()));

  protected readonly fields = GOVERNED_FIELDS;
  protected readonly limits = AUDIT_LIMITS;
  protected readonly viewerAgent = signal<AgentOption | null>(null);
  protected readonly subjectAgent = signal<AgentOption | null>(null);
  /** The annuaire's search: names and posts only, never sensitive fields. */
  protected readonly findAgents: AgentSearch = (q) => this.api.findAgents(q, MAX_AGENT_CHOICES).pipe(map((page) => page.items));
  protected readonly pickerHint = 'Tous les agents si vide. Sinon, saisissez au moins deux lettres du nom ou du poste.';
  protected readonly field = signal<GovernedField | null>(null);
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly limit = signal<number>(AUDIT_LIMITS[0]);
  /** Shown once the user tried to search with a wrong period. */
  protected readonly periodError = signal<string | null>(null);
  protected readonly exporting = signal(false);
  protected readonly exportOutcome = signal<DownloadOutcome | null>(null);
  protected readonly exportMessage = computed(() => {
    const outcome = this.exportOutcome();
    return outcome ? EXPORT_MESSAGES[outcome] : '';
  });
  protected readonly resultStatus = computed(() =>
    auditResultStatus({
      loading: this.store.loading(),
      error: this.store.error(),
      count: this.store.entries()?.length ?? null,
      limit: this.store.criteria()?.limit ?? AUDIT_LIMITS[0],
    }),
  );

  protected readonly fieldOption = (field: string) => capitalized(fieldLabel(field));
  protected readonly fieldList = fieldList;
  protected readonly purposeLabel = purposeLabel;

  constructor() {
    // The latest reads at once; HR narrows from there.
    if (this.allowed()) this.store.search(this.criteria());
  }

  protected setField(value: string): void {
    this.field.set((GOVERNED_FIELDS as readonly string[]).includes(value) ? (value as GovernedField) : null);
  }

  protected setLimit(value: string): void {
    this.limit.set(Number(value) || AUDIT_LIMITS[0]);
  }

  protected search(event: Event, fromInput: HTMLInputElement): void {
    event.preventDefault();
    const criteria = this.validCriteria(fromInput);
    if (criteria) this.store.search(criteria);
  }

  protected exportCsv(fromInput: HTMLInputElement): void {
    if (this.exporting()) return;
    const criteria = this.validCriteria(fromInput);
    if (!criteria) return;
    this.exporting.set(true);
    this.exportOutcome.set(null);
    this.downloads.auditCsv(criteria).subscribe((outcome) => {
      this.exporting.set(false);
      this.exportOutcome.set(outcome);
    });
  }

  protected reset(): void {
    this.viewerAgent.set(null);
    this.subjectAgent.set(null);
    this.field.set(null);
    this.from.set('');
    this.to.set('');
    this.limit.set(AUDIT_LIMITS[0]);
    this.periodError.set(null);
    this.store.search(this.criteria());
  }

  private validCriteria(fromInput: HTMLInputElement): AuditCriteria | null {
    const criteria = this.criteria();
    const error = auditPeriodError(criteria);
    this.periodError.set(error);
    if (error) {
      fromInput.focus();
      return null;
    }
    return criteria;
  }

  private criteria(): AuditCriteria {
    return {
      viewerAgentId: this.viewerAgent()?.id ?? null,
      subjectAgentId: this.subjectAgent()?.id ?? null,
      field: this.field(),
      from: this.from() || null,
      to: this.to() || null,
      limit: this.limit(),
    };
  }
}
