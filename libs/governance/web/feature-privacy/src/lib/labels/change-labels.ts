import type { ProfileChange } from '@maillage/governance/web/data-access';
import { fieldLabel } from './field-labels';

const EVENT_LABELS: Readonly<Record<string, string>> = {
  AgentRegistered: 'Création de la fiche',
  ManagerAssigned: 'Changement de responsable',
  AgentMovedToUnit: "Changement d'unité",
  AgentStatusChanged: 'Changement de statut',
  AgentDeparted: 'Départ enregistré',
};

const STATUS_LABELS: Readonly<Record<string, string>> = { active: 'En activité', on_leave: 'En congé', departed: 'Parti' };

/** What happened, in words: "Modification du champ grade", "Changement d'unité"… */
export function changeLabel(change: ProfileChange): string {
  if (change.field) return `Modification du champ ${fieldLabel(change.field)}`;
  return EVENT_LABELS[change.type] ?? change.type;
}

/** A before or after value as read in the journal: an empty one is said, not left blank. */
export function changeValue(change: ProfileChange, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(vide)';
  if (typeof value === 'string') return change.type === 'AgentStatusChanged' ? (STATUS_LABELS[value] ?? value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Whether the entry has a before → after to show (a change whose values this viewer may see). */
export const hasValues = (change: ProfileChange): boolean => !change.valuesHidden && ('from' in change || 'to' in change);

export function actorLabel(change: ProfileChange): string {
  if (change.actorName) return change.actorName;
  return change.actorId === 'system' ? 'Traitement automatique (reprise ou import)' : 'Compte sans fiche agent';
}
