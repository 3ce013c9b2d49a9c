import { createHash } from 'node:crypto';
import { issue } from './import-errors';
import { ImportRow } from './rows';
import { DirectoryIndex } from './snapshot';
import { RowWork } from './work';

/**
 * The id a new agent gets, derived from their matricule: two imports planned
 * from the same state then try to register the same stream, and the second
 * fails instead of creating a duplicate. Shaped as a version-4 UUID (the API
 * validates ids as such); the bits come from SHA-256 rather than a random source.
 */
export function agentIdForMatricule(matricule: string): string {
  const hex = createHash('sha256').update(`maillage:directory:agent:${matricule}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function duplicateGroups(works: readonly RowWork[], keyOf: (row: ImportRow) => string | null | undefined): RowWork[][] {
  const groups = new Map<string, RowWork[]>();
  for (const work of works) {
    const key = keyOf(work.row);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(work);
    else groups.set(key, [work]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Every row sharing a matricule (or an e-mail) with another is refused: the file cannot say which one is right. */
function refuseDuplicates(works: readonly RowWork[]): void {
  for (const group of duplicateGroups(works, (row) => row.values.matricule)) {
    for (const work of group) {
      const others = group.filter((w) => w !== work).map((w) => w.row.line);
      work.errors.push(issue('DUPLICATE_MATRICULE', `Le matricule ${work.row.values.matricule} figure aussi ligne ${others.join(', ')}.`));
    }
  }
  for (const group of duplicateGroups(works, (row) => row.values.workEmail)) {
    for (const work of group) {
      const others = group.filter((w) => w !== work).map((w) => w.row.line);
      work.errors.push(issue('DUPLICATE_EMAIL', `L’adresse ${work.row.values.workEmail} figure aussi ligne ${others.join(', ')}.`));
    }
  }
}

/**
 * Finds the agent each row describes: by matricule; failing that, by e-mail
 * among agents who have no matricule yet (the first import into a directory
 * filled by hand), whose matricule the import then records.
 */
function match(work: RowWork, index: DirectoryIndex, newAgentId: (matricule: string) => string): void {
  const { matricule, workEmail } = work.row.values;
  if (!matricule) return;
  const byMatricule = index.agentsByMatricule.get(matricule) ?? [];
  if (byMatricule.length > 1) {
    work.errors.push(issue('MATRICULE_AMBIGUOUS', `Plusieurs agents de l’annuaire portent le matricule ${matricule} : corrigez l’annuaire avant d’importer.`));
    return;
  }
  if (byMatricule.length === 1) {
    work.agent = byMatricule[0];
    work.agentId = byMatricule[0].agentId;
    return;
  }
  const byEmail = workEmail ? (index.agentsByEmail.get(workEmail) ?? []) : [];
  const unnumbered = byEmail.filter((agent) => agent.fields.matricule === null);
  if (byEmail.length === 1 && unnumbered.length === 1) {
    work.agent = unnumbered[0];
    work.agentId = unnumbered[0].agentId;
    work.warnings.push(issue('MATCHED_BY_EMAIL', `Agent reconnu à son adresse e-mail ; son matricule ${matricule} sera enregistré.`));
    return;
  }
  if (byEmail.length > 0) {
    // The other agent is named, never their matricule: whoever imports may not be entitled to see it.
    work.errors.push(issue('EMAIL_TAKEN', `L’adresse ${workEmail} appartient déjà à ${index.displayName(byEmail[0].agentId)}, sous un autre matricule, dans l’annuaire.`));
    return;
  }
  work.agentId = newAgentId(matricule);
}

export function matchRows(rows: readonly ImportRow[], index: DirectoryIndex, newAgentId: (matricule: string) => string): RowWork[] {
  const works: RowWork[] = rows.map((row) => ({
    row,
    errors: [...row.errors],
    warnings: [],
    agent: null,
    agentId: null,
    unit: null,
    status: undefined,
    skipped: false,
    managerId: undefined,
  }));
  refuseDuplicates(works);
  for (const work of works) match(work, index, newAgentId);
  return works;
}
