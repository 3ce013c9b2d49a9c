import { issue } from './import-errors';
import { frozen } from './row-rules';
import { DirectoryIndex } from './snapshot';
import { RowWork, failed, isNewAgent } from './work';

/** Rows whose reporting line the import may set: valid, not skipped, not of a departed agent. */
const active = (work: RowWork) => !failed(work) && !work.skipped && !frozen(work);

class Hierarchy {
  private readonly rowsByAgent = new Map<string, RowWork>();

  constructor(
    private readonly index: DirectoryIndex,
    works: readonly RowWork[],
  ) {
    for (const work of works) if (active(work) && work.agentId) this.rowsByAgent.set(work.agentId, work);
  }

  /** The manager each agent will have once the import's valid rows are applied. */
  managerOf(agentId: string): string | null {
    const work = this.rowsByAgent.get(agentId);
    if (work && work.managerId !== undefined) return work.managerId;
    return this.index.agentsById.get(agentId)?.managerId ?? null;
  }

  /** Rows that set a reporting line: every new agent, and agents whose manager changes. */
  changesLine(work: RowWork): boolean {
    return this.rowsByAgent.get(work.agentId ?? '') === work && (isNewAgent(work) || (work.managerId !== undefined && work.managerId !== work.agent?.managerId));
  }

  onCycle(agentId: string): boolean {
    const seen = new Set<string>();
    for (let current = this.managerOf(agentId); current !== null && !seen.has(current); current = this.managerOf(current)) {
      if (current === agentId) return true;
      seen.add(current);
    }
    return false;
  }
}

interface FileIndex {
  readonly byMatricule: ReadonlyMap<string, RowWork>;
  readonly byEmail: ReadonlyMap<string, RowWork>;
}

function fileIndex(works: readonly RowWork[]): FileIndex {
  const byMatricule = new Map<string, RowWork>();
  const byEmail = new Map<string, RowWork>();
  for (const work of works) {
    const { matricule, workEmail } = work.row.values;
    if (matricule && !byMatricule.has(matricule)) byMatricule.set(matricule, work);
    if (workEmail && !byEmail.has(workEmail)) byEmail.set(workEmail, work);
  }
  return { byMatricule, byEmail };
}

type Target = { readonly agentId: string; readonly departed: boolean } | { readonly error: ReturnType<typeof issue> };

/**
 * The file describes the final state, so a manager is looked for among its rows first, then in the directory.
 * Messages about a manager who exists say « le responsable indiqué », never their reference: a matricule
 * is HR-only, and import reports are read by others (only the row's own values are masked there).
 */
function findManager(ref: string, file: FileIndex, index: DirectoryIndex): Target {
  const byEmail = ref.includes('@');
  const row = byEmail ? file.byEmail.get(ref) : file.byMatricule.get(ref);
  if (row) {
    if (row.agent && (failed(row) || frozen(row))) return { agentId: row.agent.agentId, departed: row.agent.status === 'departed' };
    if (row.skipped) return { agentId: row.agentId ?? '', departed: true };
    if (failed(row) || !row.agentId) {
      return { error: issue('MANAGER_IN_ERROR', `Le responsable indiqué est un nouvel agent dont la ligne ${row.row.line} est en erreur.`) };
    }
    return { agentId: row.agentId, departed: (row.status ?? row.agent?.status) === 'departed' };
  }
  const found = (byEmail ? index.agentsByEmail.get(ref) : index.agentsByMatricule.get(ref)) ?? [];
  if (found.length > 1) return { error: issue('MANAGER_AMBIGUOUS', 'Plusieurs agents de l’annuaire correspondent au responsable indiqué.') };
  if (found.length === 0) {
    return { error: issue('MANAGER_NOT_FOUND', `Responsable ${ref} introuvable, ni dans l’annuaire ni dans le fichier (matricule ou adresse e-mail).`) };
  }
  return { agentId: found[0].agentId, departed: found[0].status === 'departed' };
}

function resolve(work: RowWork, file: FileIndex, index: DirectoryIndex): void {
  const ref = work.row.values.manager;
  if (ref === undefined) return;
  if (ref === null) {
    work.managerId = null;
    return;
  }
  const target = findManager(ref, file, index);
  if ('error' in target) {
    work.errors.push(target.error);
  } else if (target.agentId === work.agentId) {
    work.errors.push(issue('SELF_MANAGER', 'Un agent ne peut pas être son propre responsable.'));
  } else if (target.departed && target.agentId !== work.agent?.managerId) {
    work.errors.push(issue('MANAGER_DEPARTED', 'Le responsable indiqué a quitté (ou quitte) la collectivité.'));
  } else {
    work.managerId = target.agentId;
  }
}

/**
 * Resolves every row's manager, then refuses the rows that would close a
 * loop in the reporting lines. A refused row keeps its current line, which
 * can make other rows fail (a new manager in error, a loop through the old
 * line): repeated until nothing changes.
 */
export function resolveManagers(works: readonly RowWork[], index: DirectoryIndex): void {
  const file = fileIndex(works);
  for (let settled = false; !settled; ) {
    settled = true;
    for (const work of works) {
      if (!active(work)) continue;
      resolve(work, file, index);
      if (failed(work)) settled = false;
    }
    const hierarchy = new Hierarchy(index, works);
    for (const work of works) {
      if (!active(work) || !work.agentId || !hierarchy.changesLine(work) || !hierarchy.onCycle(work.agentId)) continue;
      work.errors.push(issue('REPORTING_CYCLE', 'Ce rattachement créerait une boucle : le responsable indiqué dépend (directement ou non) de cet agent.'));
      settled = false;
    }
  }
}

/**
 * How many waves a row's reporting line must wait: one more than the latest
 * row that sets a line above it. A line is only checked (cycles, manager
 * present) against read models that already show the lines above it.
 */
export function reportingLevels(works: readonly RowWork[], index: DirectoryIndex): Map<string, number> {
  const hierarchy = new Hierarchy(index, works);
  const changing = new Map<string, RowWork>();
  for (const work of works) if (active(work) && work.agentId && hierarchy.changesLine(work)) changing.set(work.agentId, work);
  const levels = new Map<string, number>();
  /** Level contributed by an ancestor: 0 above the top, level + 1 past a changing row. */
  const above = new Map<string, number>();
  const aboveOf = (start: string | null): number => {
    const path = new Set<string>();
    let current = start;
    let base = 0;
    // The reporting lines are acyclic once resolveManagers has run; the guard only protects against a corrupt directory.
    while (current !== null && !path.has(current)) {
      const known = above.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (changing.has(current)) {
        base = levelOf(current) + 1;
        above.set(current, base);
        break;
      }
      path.add(current);
      current = hierarchy.managerOf(current);
    }
    for (const id of path) above.set(id, base);
    return base;
  };
  const levelOf = (agentId: string): number => {
    let level = levels.get(agentId);
    if (level === undefined) {
      level = aboveOf(hierarchy.managerOf(agentId));
      levels.set(agentId, level);
    }
    return level;
  };
  for (const agentId of changing.keys()) levelOf(agentId);
  return levels;
}
