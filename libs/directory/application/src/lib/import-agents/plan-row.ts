import { AgentField, AgentHrField, AgentRegisteredData } from '@maillage/directory/domain';
import { RowIssue, issue } from './import-errors';
import { FieldChange, ImportRowReport, ImportTask, PlannedCommand } from './import-plan';
import { frozen } from './row-rules';
import { COLUMN_OF, ImportField } from './rows';
import { DirectoryIndex, SnapshotAgent } from './snapshot';
import { RowWork, failed } from './work';

/** Agent fields an import sets. Diplomas and experience are the agent's own to declare. */
const IMPORTED_FIELDS: readonly AgentField[] = ['usualName', 'postTitle', 'workPhone', 'office', 'employment', 'category', 'filiere', 'cadreEmplois', 'grade', 'hrCode', 'dgaCode'];
const IMPORTED_HR_FIELDS: readonly AgentHrField[] = ['employment', 'category', 'filiere', 'cadreEmplois', 'grade', 'hrCode', 'dgaCode'];

/** Set at registration and never changed afterwards by the directory's commands. */
const FIXED_FIELDS: readonly [ImportField, string][] = [
  ['lastName', 'Le nom'],
  ['firstName', 'Le prénom'],
  ['workEmail', 'L’adresse e-mail'],
  ['startDate', 'La date d’entrée'],
];

export interface RowPlan {
  readonly report: ImportRowReport;
  readonly tasks: readonly ImportTask[];
}

export interface PlanContext {
  readonly index: DirectoryIndex;
  readonly levels: ReadonlyMap<string, number>;
  /** Ids of the agents this import registers. */
  readonly newAgents: ReadonlyMap<string, RowWork>;
}

const change = (field: ImportField, from: string | null, to: string | null): FieldChange => ({ field, column: COLUMN_OF[field], from, to });

/** The row's name in use (« Prénom Nom d'usage »): the file's « nom » is the birth name, private when a nom d'usage exists. */
function nameOf(work: RowWork): string | null {
  const { firstName, lastName, usualName } = work.row.values;
  const surname = usualName || work.agent?.fields.usualName || lastName || work.agent?.lastName;
  const given = firstName || work.agent?.firstName;
  if (!given && !surname) return null;
  return [given, surname].filter(Boolean).join(' ');
}

function baseReport(work: RowWork): Omit<ImportRowReport, 'outcome'> {
  return { line: work.row.line, matricule: work.row.values.matricule ?? work.row.matricule, name: nameOf(work), agentId: work.agentId, changes: [], errors: work.errors, warnings: work.warnings };
}

function agentRef(agentId: string | null, context: PlanContext) {
  if (agentId === null) return null;
  const fresh = context.newAgents.get(agentId);
  return { id: agentId, name: fresh ? nameOf(fresh) : context.index.displayName(agentId) };
}

function unitRef(unitId: string | null, context: PlanContext) {
  const unit = unitId ? context.index.unitsById.get(unitId) : undefined;
  return unit ? { id: unit.unitId, name: unit.name } : null;
}

function fieldChanges(work: RowWork, agent: SnapshotAgent): FieldChange[] {
  const values = work.row.values;
  const changes: FieldChange[] = [];
  if (values.matricule && values.matricule !== agent.fields.matricule) changes.push(change('matricule', agent.fields.matricule, values.matricule));
  for (const field of IMPORTED_FIELDS) {
    const to = values[field as ImportField];
    if (to !== undefined && to !== agent.fields[field]) changes.push(change(field as ImportField, agent.fields[field], to));
  }
  return changes;
}

function fixedFieldWarnings(work: RowWork, agent: SnapshotAgent): RowIssue[] {
  const current: Record<string, string | null> = { lastName: agent.lastName, firstName: agent.firstName, workEmail: agent.workEmail.toLowerCase(), startDate: agent.startDate };
  return FIXED_FIELDS.filter(([field]) => {
    const value = work.row.values[field];
    return value != null && value !== current[field];
  }).map(([field, label]) =>
    issue('FIELD_NOT_UPDATED', `${label} diffère de l’annuaire (« ${current[field] ?? ''} ») : l’import ne le modifie pas, corrigez-le dans la fiche si besoin.`),
  );
}

function planExisting(work: RowWork, agent: SnapshotAgent, context: PlanContext): RowPlan {
  const changes = fieldChanges(work, agent);
  if (frozen(work)) {
    if (changes.length > 0) work.warnings.push(issue('AGENT_DEPARTED_IGNORED', 'Agent parti : les différences avec l’annuaire ne sont pas importées.'));
    return { report: { ...baseReport(work), outcome: 'unchanged' }, tasks: [] };
  }
  work.warnings.push(...fixedFieldWarnings(work, agent));
  const moveTo = work.unit && work.unit.unitId !== agent.unitId ? work.unit : null;
  const managerChanges = work.managerId !== undefined && work.managerId !== agent.managerId;
  const status = work.status;
  const statusChanges = (status === 'active' || status === 'on_leave') && status !== agent.status;
  const departedOn = status === 'departed' ? (work.row.values.departedOn ?? null) : null;

  const early: PlannedCommand[] = [];
  if (changes.length > 0) {
    early.push({ type: 'ChangeAgentFields', agentId: agent.agentId, changes: Object.fromEntries(changes.map((c) => [c.field, c.to])) });
  }
  if (moveTo) early.push({ type: 'MoveAgentToUnit', agentId: agent.agentId, unitId: moveTo.unitId });
  const late: PlannedCommand[] = [];
  if (managerChanges) late.push({ type: 'AssignManager', agentId: agent.agentId, managerId: work.managerId ?? null });
  if (statusChanges) late.push({ type: 'ChangeAgentStatus', agentId: agent.agentId, status });
  if (departedOn) late.push({ type: 'RecordDeparture', agentId: agent.agentId, departedOn });

  const level = managerChanges ? (context.levels.get(agent.agentId) ?? 0) : 0;
  const task = (wave: number, commands: PlannedCommand[]): ImportTask => ({
    line: work.row.line,
    agentId: agent.agentId,
    wave,
    snapshotVersion: agent.version,
    dependsOn: managerChanges && work.managerId && context.newAgents.has(work.managerId) ? [work.managerId] : [],
    commands,
  });
  const tasks = level === 0 ? [task(0, [...early, ...late])] : [task(0, early), task(level, late)];

  const report: ImportRowReport = {
    ...baseReport(work),
    outcome: early.length + late.length > 0 ? 'changed' : 'unchanged',
    changes,
    ...(moveTo ? { move: { from: unitRef(agent.unitId, context), to: { id: moveTo.unitId, name: moveTo.name } } } : {}),
    ...(managerChanges ? { managerChange: { from: agentRef(agent.managerId, context), to: agentRef(work.managerId ?? null, context) } } : {}),
    ...(statusChanges ? { statusChange: { from: agent.status, to: status } } : {}),
    ...(departedOn ? { departure: { departedOn } } : {}),
  };
  return { report, tasks: tasks.filter((t) => t.commands.length > 0) };
}

function planNew(work: RowWork, agentId: string, context: PlanContext): RowPlan {
  const v = work.row.values;
  const hr = Object.fromEntries(
    [['matricule', v.matricule ?? null] as const, ...IMPORTED_HR_FIELDS.map((field) => [field, v[field as ImportField] ?? null] as const)].filter(([, value]) => value !== null),
  );
  const managerId = work.managerId ?? null;
  const data: AgentRegisteredData = {
    agentId,
    firstName: v.firstName ?? '',
    lastName: v.lastName ?? '',
    usualName: v.usualName ?? null,
    postTitle: v.postTitle ?? '',
    unitId: work.unit?.unitId ?? null,
    managerId,
    workEmail: v.workEmail ?? '',
    workPhone: v.workPhone ?? null,
    office: v.office ?? null,
    startDate: v.startDate ?? null,
    hr,
  };
  const commands: PlannedCommand[] = [{ type: 'RegisterAgent', data }];
  if (work.status === 'on_leave') commands.push({ type: 'ChangeAgentStatus', agentId, status: 'on_leave' });
  const shown: readonly ImportField[] = ['matricule', 'lastName', 'firstName', 'workEmail', 'startDate', ...(IMPORTED_FIELDS as ImportField[])];
  const report: ImportRowReport = {
    ...baseReport(work),
    outcome: 'new',
    changes: shown.filter((field) => v[field] != null).map((field) => change(field, null, v[field] ?? null)),
    ...(work.unit ? { move: { from: null, to: { id: work.unit.unitId, name: work.unit.name } } } : {}),
    ...(managerId ? { managerChange: { from: null, to: agentRef(managerId, context) } } : {}),
    ...(work.status === 'on_leave' ? { statusChange: { from: null, to: 'on_leave' as const } } : {}),
  };
  const task: ImportTask = {
    line: work.row.line,
    agentId,
    wave: context.levels.get(agentId) ?? 0,
    snapshotVersion: null,
    dependsOn: managerId && context.newAgents.has(managerId) ? [managerId] : [],
    commands,
  };
  return { report, tasks: [task] };
}

/** The row's report, and the commands that bring the directory to what the row says. */
export function planRow(work: RowWork, context: PlanContext): RowPlan {
  if (failed(work)) return { report: { ...baseReport(work), outcome: 'error' }, tasks: [] };
  if (work.agent) return planExisting(work, work.agent, context);
  if (work.skipped || !work.agentId) return { report: { ...baseReport(work), outcome: 'unchanged' }, tasks: [] };
  return planNew(work, work.agentId, context);
}
