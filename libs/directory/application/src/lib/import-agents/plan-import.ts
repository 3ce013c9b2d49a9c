import { ImportPlan, ImportRowReport, ImportSummary, ImportTask } from './import-plan';
import { reportingLevels, resolveManagers } from './managers';
import { agentIdForMatricule, matchRows } from './match-rows';
import { planRow } from './plan-row';
import { checkHrFields, frozen, resolveStatus, resolveUnit } from './row-rules';
import { ImportRow } from './rows';
import { DirectoryIndex, DirectorySnapshot } from './snapshot';
import { RowWork, failed, isNewAgent } from './work';

export interface PlanOptions {
  /** The id a new agent gets; by default derived from the matricule (see agentIdForMatricule). */
  readonly newAgentId?: (matricule: string) => string;
}

function summarise(rows: readonly ImportRowReport[], tasks: readonly ImportTask[]): ImportSummary {
  const count = (outcome: ImportRowReport['outcome']) => rows.filter((r) => r.outcome === outcome).length;
  return {
    rows: rows.length,
    new: count('new'),
    changed: count('changed'),
    unchanged: count('unchanged'),
    error: count('error'),
    withWarnings: rows.filter((r) => r.warnings.length > 0).length,
    commands: tasks.reduce((n, t) => n + t.commands.length, 0),
    waves: tasks.length === 0 ? 0 : Math.max(...tasks.map((t) => t.wave)) + 1,
  };
}

/**
 * What importing these rows would change in this directory, row by row, and
 * the commands that do it. Pure: the same rows and snapshot give the same
 * plan, and planning a file against the state it produced gives only
 * « unchanged » rows.
 */
export function planImport(rows: readonly ImportRow[], snapshot: DirectorySnapshot, options: PlanOptions = {}): ImportPlan {
  const index = new DirectoryIndex(snapshot);
  const works = matchRows(rows, index, options.newAgentId ?? agentIdForMatricule);
  for (const work of works) {
    resolveStatus(work);
    if (frozen(work) || work.skipped) continue;
    resolveUnit(work, index);
    checkHrFields(work);
  }
  resolveManagers(works, index);
  const newAgents = new Map<string, RowWork>();
  for (const work of works) if (!failed(work) && isNewAgent(work) && work.agentId) newAgents.set(work.agentId, work);
  const context = { index, levels: reportingLevels(works, index), newAgents };
  const planned = works.map((work) => planRow(work, context));
  const tasks = planned.flatMap((p) => p.tasks).sort((a, b) => a.wave - b.wave || a.line - b.line);
  const reports = planned.map((p) => p.report);
  return { rows: reports, tasks, summary: summarise(reports, tasks) };
}
