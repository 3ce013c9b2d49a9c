import type { ImportRow, ImportRowOutcome, ImportSummary, ImportWithheld } from '@maillage/directory/web/data-access';
import { formatCount, plural } from '@maillage/shared/web-util';
import { frenchLongDate } from '../agent-status-label';

export const OUTCOME_LABELS: Readonly<Record<ImportRowOutcome, string>> = {
  new: 'Nouvel agent',
  changed: 'Modifié',
  unchanged: 'Inchangé',
  error: 'En erreur',
};

/** The directory's fields as the report names them (the file's columns, in words). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  matricule: 'Matricule',
  lastName: 'Nom',
  firstName: 'Prénom',
  usualName: "Nom d'usage",
  workEmail: 'Courriel',
  workPhone: 'Téléphone',
  office: 'Bureau',
  postTitle: 'Intitulé du poste',
  unit: 'Unité',
  manager: 'Responsable',
  status: 'Statut',
  startDate: "Date d'entrée",
  departedOn: 'Date de départ',
  employment: 'Situation',
  category: 'Catégorie',
  filiere: 'Filière',
  cadreEmplois: "Cadre d'emplois",
  grade: 'Grade',
  hrCode: 'Code RH',
  dgaCode: 'Code DGA',
  diplomas: 'Diplômes',
  experience: 'Expérience',
};

const STATUS_LABELS: Readonly<Record<string, string>> = { active: 'Actif', on_leave: 'En congé', departed: 'Parti' };
const EMPTY = '(vide)';

const fieldLabel = (field: string, column: string) => FIELD_LABELS[field] ?? column;

/** Who may see a withheld value, in words (the audiences of the visibility policy). */
const AUDIENCE_LABELS: Readonly<Record<string, string>> = {
  self: "l'agent",
  hierarchy: 'sa hiérarchie',
  hr: 'la DRH',
  same_unit: 'son unité',
  everyone: 'tous',
};

/** « valeur réservée (visible par l'agent et la DRH) »: the value is never sent, only who may see it. */
export function withheldText(withheld: ImportWithheld): string {
  const who = withheld.visibleTo.map((a) => AUDIENCE_LABELS[a] ?? a);
  if (who.length === 0) return 'valeur réservée';
  const list = who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} et ${who[who.length - 1]}`;
  return `valeur réservée (visible par ${list})`;
}
/**
 * Every change a row brings, as « champ : avant → après ». A new agent had nothing
 * before: their values read « champ : valeur ».
 */
export function changeLines(row: ImportRow): string[] {
  const line = (label: string, from: string | null, to: string | null) =>
    row.outcome === 'new' ? `${label} : ${to ?? EMPTY}` : `${label} : ${from ?? EMPTY} → ${to ?? EMPTY}`;
  const lines = row.changes.map((change) =>
    change.withheld ? `${fieldLabel(change.field, change.column)} : ${withheldText(change.withheld)}` : line(fieldLabel(change.field, change.column), change.from, change.to),
  );
  if (row.move) lines.push(line('Unité', row.move.from?.name ?? null, row.move.to.name));
  if (row.managerChange) lines.push(line('Responsable', row.managerChange.from?.name ?? null, row.managerChange.to?.name ?? null));
  if (row.statusChange) {
    const { from, to } = row.statusChange;
    lines.push(line('Statut', from ? (STATUS_LABELS[from] ?? from) : null, STATUS_LABELS[to] ?? to));
  }
  if (row.departure) lines.push(`Départ le ${frenchLongDate(row.departure.departedOn)}`);
  return lines;
}

/** The counts per outcome, in the order a reviewer reads them. */
export function outcomeCounts(summary: ImportSummary): { readonly outcome: ImportRowOutcome; readonly label: string; readonly count: number }[] {
  return (['new', 'changed', 'unchanged', 'error'] as const).map((outcome) => ({ outcome, label: OUTCOME_LABELS[outcome], count: summary[outcome] }));
}

/** The sentence that closes an import. */
export function finalSummary(summary: ImportSummary, status: 'applied' | 'failed' | string): string {
  const applied = summary.applied ?? 0;
  const failed = summary.failed ?? 0;
  const head = status === 'applied' ? 'Import terminé' : 'Import interrompu';
  const parts = [plural(applied, 'ligne appliquée', 'lignes appliquées')];
  if (failed > 0) parts.push(plural(failed, 'ligne en échec', 'lignes en échec'));
  if (summary.error > 0) parts.push(plural(summary.error, 'ligne en erreur non importée', 'lignes en erreur non importées'));
  return `${head} : ${parts.join(', ')}.`;
}

/** What the progress bar says to screen readers, beyond the percentage. */
export function progressText(progress: number, processed: number, total: number): string {
  return `${formatCount(Math.round(progress))} % (${plural(processed, 'ligne traitée', 'lignes traitées')} sur ${formatCount(total)})`;
}
