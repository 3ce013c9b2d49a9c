import { foldKey } from './fold';
import { issue } from './import-errors';
import { ImportStatus } from './rows';
import { DirectoryIndex, SnapshotUnit } from './snapshot';
import { RowWork, failed } from './work';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for an agent who has left: the import records nothing more for them. */
export const frozen = (work: RowWork): boolean => work.agent?.status === 'departed';

/**
 * A unit by id or by name (accents and case ignored), among open units. An
 * agent already in a unit that has since closed may stay there: only moves
 * into a closed unit are refused.
 */
export function resolveUnit(work: RowWork, index: DirectoryIndex): void {
  const ref = work.row.values.unit;
  if (!ref) return;
  const byId = UUID.test(ref) ? index.unitsById.get(ref.toLowerCase()) : undefined;
  const candidates: readonly SnapshotUnit[] = byId ? [byId] : (index.unitsByName.get(foldKey(ref)) ?? []);
  const current = candidates.find((unit) => unit.unitId === work.agent?.unitId);
  const open = candidates.filter((unit) => !unit.closed);
  if (current) work.unit = current;
  else if (open.length === 1) work.unit = open[0];
  else if (open.length > 1) work.errors.push(issue('UNIT_AMBIGUOUS', `Plusieurs unités ouvertes s’appellent « ${ref} » : indiquez l’identifiant de l’unité.`));
  else if (candidates.length > 0) work.errors.push(issue('UNIT_CLOSED', `L’unité « ${ref} » est fermée.`));
  else work.errors.push(issue('UNIT_NOT_FOUND', `Unité « ${ref} » introuvable dans l’organigramme.`));
}

/**
 * statut and date_depart together: a departure date means « parti »; an empty
 * statut means « actif »; an absent column leaves an existing agent's status alone.
 */
export function resolveStatus(work: RowWork): void {
  const { status, departedOn } = work.row.values;
  // readRow only lets the three statuses through.
  const wanted: ImportStatus | undefined = status ? (status as ImportStatus) : departedOn ? 'departed' : status === null || work.agent === null ? 'active' : undefined;
  if (departedOn && wanted !== 'departed') {
    work.errors.push(issue('STATUS_CONFLICT', 'Une date de départ est indiquée mais le statut n’est pas « parti ».'));
    return;
  }
  if (frozen(work)) {
    if (wanted !== undefined && wanted !== 'departed') {
      work.errors.push(issue('AGENT_DEPARTED', 'Cet agent a quitté la collectivité : un retour se saisit dans sa fiche, pas par import.'));
    }
    return;
  }
  if (wanted === 'departed' && !departedOn) {
    work.errors.push(issue('DEPARTURE_DATE_REQUIRED', 'Un agent parti doit avoir une date de départ (colonne date_depart).'));
    return;
  }
  work.status = wanted;
  if (wanted === 'departed' && work.agent === null && !failed(work)) {
    work.skipped = true;
    work.warnings.push(issue('DEPARTED_NOT_IN_DIRECTORY', 'Agent parti et absent de l’annuaire : rien à importer.'));
  }
}

/** Rules on the HR fields as they will be after the import (the file's values over the directory's). */
export function checkHrFields(work: RowWork): void {
  const { employment, grade } = work.row.values;
  const after = (value: string | null | undefined, current: string | null | undefined) => (value !== undefined ? value : (current ?? null));
  if (after(employment, work.agent?.fields.employment) === 'contractuel' && after(grade, work.agent?.fields.grade) !== null) {
    work.errors.push(issue('CONTRACT_STAFF_HAVE_NO_GRADE', 'Un agent contractuel n’a pas de grade : videz la colonne grade ou indiquez « titulaire ».'));
  }
}
