import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';
import {
  AGENT_FIELDS,
  AgentEvent,
  AgentField,
  AgentFieldChangedData,
  AgentRegisteredData,
  AgentState,
  CATEGORIES,
  EMPLOYMENTS,
  RegisteredAgent,
  SELF_SERVICE_FIELDS,
  evolveAgent,
  initialAgentState,
} from './agent';

/** Who asks for a change: rules differ for the agent themself and for HR. */
export interface Editor {
  readonly agentId: string | null;
  readonly roles: readonly string[];
}

export type AgentCommand =
  | { readonly type: 'RegisterAgent'; readonly data: AgentRegisteredData }
  | {
      readonly type: 'ChangeAgentFields';
      readonly agentId: string;
      readonly changes: Partial<Record<AgentField, string | null>>;
      readonly editor: Editor;
    }
  | {
      readonly type: 'AssignManager';
      readonly agentId: string;
      readonly managerId: string | null;
      /** The new manager followed by their own managers, read by the handler: cycles show up here. */
      readonly managerChain: readonly string[];
    }
  | { readonly type: 'MoveAgentToUnit'; readonly agentId: string; readonly unitId: string; readonly unitIsOpen: boolean }
  | { readonly type: 'ChangeAgentStatus'; readonly agentId: string; readonly status: 'active' | 'on_leave' }
  | { readonly type: 'RecordDeparture'; readonly agentId: string; readonly departedOn: string };

const HR_ROLES = ['hr', 'admin'];
const MATRICULE = /^[A-Za-z0-9-]{3,20}$/;
const STATUSES: readonly unknown[] = ['active', 'on_leave'];

const invalid = (code: string, message: string, details: Record<string, unknown> = {}) => new DomainError(code, 'invalid', message, details);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
/** A real calendar day written YYYY-MM-DD (2026-02-31 is not one). */
const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The last line of defence behind request validation and the import's row rules: the read
 * model's NOT NULL columns (names, post, e-mail) and typed ones (dates, ids) never receive a
 * value outside its type from an event.
 */
function requireWellFormedRegistration(data: AgentRegisteredData): void {
  if (!isText(data.agentId)) throw invalid('DIRECTORY.AGENT_ID_REQUIRED', 'L’identifiant de l’agent est obligatoire.');
  if (!isText(data.firstName) || !isText(data.lastName)) throw invalid('DIRECTORY.NAME_REQUIRED', 'Le prénom et le nom sont obligatoires.');
  if (!isText(data.postTitle)) throw invalid('DIRECTORY.POST_TITLE_REQUIRED', 'L’intitulé de poste ne peut pas être vide.');
  if (!isText(data.workEmail)) throw invalid('DIRECTORY.WORK_EMAIL_REQUIRED', 'L’adresse e-mail professionnelle est obligatoire.');
  for (const field of ['usualName', 'workPhone', 'office', 'unitId', 'managerId'] as const) {
    if (!isTextOrNull(data[field])) throw invalid('DIRECTORY.FIELD_VALUE_INVALID', `Le champ « ${field} » doit être un texte ou vide.`, { field });
  }
  if (data.startDate !== null && !isDay(data.startDate)) throw invalid('DIRECTORY.DATE_INVALID', 'La date d’arrivée doit être une date réelle au format AAAA-MM-JJ.');
  for (const [field, value] of Object.entries(data.hr ?? {})) {
    if (!(AGENT_FIELDS as readonly string[]).includes(field)) throw invalid('DIRECTORY.FIELD_UNKNOWN', `Le champ « ${field} » n’existe pas sur une fiche.`, { field });
    if (!isTextOrNull(value)) throw invalid('DIRECTORY.FIELD_VALUE_INVALID', `Le champ « ${field} » doit être un texte ou vide.`, { field });
  }
}

const notFound = (agentId: string) => new DomainError('DIRECTORY.AGENT_NOT_FOUND', 'not_found', 'Agent introuvable.', { agentId });
const departed = () =>
  new DomainError('DIRECTORY.AGENT_DEPARTED', 'conflict', 'Cet agent a quitté la collectivité : son poste, son unité et son responsable ne changent plus.');

function requireAgent(state: AgentState, agentId: string): RegisteredAgent {
  if (state.kind !== 'registered') throw notFound(agentId);
  return state;
}

function register(data: AgentRegisteredData, state: AgentState): AgentEvent[] {
  if (state.kind !== 'unregistered') {
    throw new DomainError('DIRECTORY.AGENT_ALREADY_REGISTERED', 'conflict', 'Cet agent est déjà inscrit dans l’annuaire.', { agentId: data.agentId });
  }
  requireWellFormedRegistration(data);
  if (data.managerId === data.agentId) {
    throw new DomainError('DIRECTORY.SELF_MANAGER', 'invalid', 'Un agent ne peut pas être son propre responsable.');
  }
  if (data.hr) validateHr({ ...Object.fromEntries(AGENT_FIELDS.map((f) => [f, null])), ...data.hr } as Record<AgentField, string | null>);
  return [{ type: 'AgentRegistered', data }];
}

function mayEdit(editor: Editor, agent: RegisteredAgent, field: AgentField): boolean {
  if (editor.roles.some((role) => HR_ROLES.includes(role))) return true;
  return editor.agentId === agent.agentId && SELF_SERVICE_FIELDS.includes(field);
}

/** Rules that hold on the profile as a whole, after a change. */
function validateHr(fields: Readonly<Record<AgentField, string | null>>): void {
  if (fields.category !== null && !(CATEGORIES as readonly string[]).includes(fields.category)) {
    throw new DomainError('DIRECTORY.CATEGORY_INVALID', 'invalid', 'La catégorie doit être A, B ou C.');
  }
  if (fields.employment !== null && !(EMPLOYMENTS as readonly string[]).includes(fields.employment)) {
    throw new DomainError('DIRECTORY.EMPLOYMENT_INVALID', 'invalid', 'La situation doit être « titulaire » ou « contractuel ».');
  }
  if (fields.employment === 'contractuel' && fields.grade !== null) {
    throw new DomainError('DIRECTORY.CONTRACT_STAFF_HAVE_NO_GRADE', 'invalid', 'Un agent contractuel n’a pas de grade : retirez le grade ou changez la situation.');
  }
  if (fields.matricule !== null && !MATRICULE.test(fields.matricule)) {
    throw new DomainError('DIRECTORY.MATRICULE_INVALID', 'invalid', 'Le matricule contient 3 à 20 lettres, chiffres ou tirets.');
  }
}

function changeFields(command: Extract<AgentCommand, { type: 'ChangeAgentFields' }>, state: AgentState): AgentEvent[] {
  const agent = requireAgent(state, command.agentId);
  for (const [field, value] of Object.entries(command.changes)) {
    if (!(AGENT_FIELDS as readonly string[]).includes(field)) throw invalid('DIRECTORY.FIELD_UNKNOWN', `Le champ « ${field} » n’existe pas sur une fiche.`, { field });
    if (value !== undefined && !isTextOrNull(value)) throw invalid('DIRECTORY.FIELD_VALUE_INVALID', `Le champ « ${field} » doit être un texte ou vide.`, { field });
  }
  const changed: AgentFieldChangedData[] = [];
  const after: Record<AgentField, string | null> = { ...agent.fields };
  for (const field of AGENT_FIELDS) {
    // Absent, or present as undefined: unchanged. Only null (or blank text) clears a field.
    if (command.changes[field] === undefined) continue;
    if (!mayEdit(command.editor, agent, field)) {
      throw new DomainError('DIRECTORY.FIELD_NOT_EDITABLE', 'forbidden', `Vous ne pouvez pas modifier le champ « ${field} » de cette fiche.`, { field });
    }
    const to = normalise(command.changes[field] ?? null);
    if (field === 'postTitle' && to === null) {
      throw new DomainError('DIRECTORY.POST_TITLE_REQUIRED', 'invalid', 'L’intitulé de poste ne peut pas être vide.');
    }
    if (field === 'postTitle' && agent.status === 'departed') throw departed();
    after[field] = to;
    if (to !== agent.fields[field]) changed.push({ agentId: agent.agentId, field, from: agent.fields[field], to });
  }
  validateHr(after);
  return changed.map((data) => ({ type: 'AgentFieldChanged', data }));
}

function assignManager(command: Extract<AgentCommand, { type: 'AssignManager' }>, state: AgentState): AgentEvent[] {
  const agent = requireAgent(state, command.agentId);
  if (command.managerId !== null && !isText(command.managerId)) throw invalid('DIRECTORY.MANAGER_INVALID', 'Choisissez un responsable, ou aucun.');
  if (agent.status === 'departed') throw departed();
  if (command.managerId === agent.agentId) {
    throw new DomainError('DIRECTORY.SELF_MANAGER', 'invalid', 'Un agent ne peut pas être son propre responsable.');
  }
  if (command.managerChain.includes(agent.agentId)) {
    throw new DomainError('DIRECTORY.REPORTING_CYCLE', 'invalid', 'Ce rattachement créerait une boucle : le responsable choisi dépend déjà de cet agent.');
  }
  if (command.managerId === agent.managerId) return [];
  return [{ type: 'ManagerAssigned', data: { agentId: agent.agentId, managerId: command.managerId, previousManagerId: agent.managerId } }];
}

function moveToUnit(command: Extract<AgentCommand, { type: 'MoveAgentToUnit' }>, state: AgentState): AgentEvent[] {
  const agent = requireAgent(state, command.agentId);
  if (!isText(command.unitId)) throw invalid('DIRECTORY.UNIT_REQUIRED', 'Choisissez l’unité où l’agent est affecté.');
  if (agent.status === 'departed') throw departed();
  if (!command.unitIsOpen) throw new DomainError('DIRECTORY.ORG_UNIT_CLOSED', 'conflict', 'Cette unité est fermée : choisissez une unité ouverte.');
  if (command.unitId === agent.unitId) return [];
  return [{ type: 'AgentMovedToUnit', data: { agentId: agent.agentId, fromUnitId: agent.unitId, toUnitId: command.unitId } }];
}

function changeStatus(command: Extract<AgentCommand, { type: 'ChangeAgentStatus' }>, state: AgentState): AgentEvent[] {
  const agent = requireAgent(state, command.agentId);
  if (!STATUSES.includes(command.status)) throw invalid('DIRECTORY.STATUS_INVALID', 'La situation doit être « active » ou « on_leave » (en congé).');
  if (agent.status === 'departed') throw departed();
  if (agent.status === command.status) return [];
  return [{ type: 'AgentStatusChanged', data: { agentId: agent.agentId, from: agent.status, to: command.status } }];
}

function recordDeparture(command: Extract<AgentCommand, { type: 'RecordDeparture' }>, state: AgentState): AgentEvent[] {
  const agent = requireAgent(state, command.agentId);
  if (!isDay(command.departedOn)) throw invalid('DIRECTORY.DATE_INVALID', 'La date de départ doit être une date réelle au format AAAA-MM-JJ.');
  if (agent.status === 'departed') return [];
  return [{ type: 'AgentDeparted', data: { agentId: agent.agentId, departedOn: command.departedOn } }];
}

const normalise = (value: string | null): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

export function decideAgent(command: AgentCommand, state: AgentState): AgentEvent[] {
  switch (command.type) {
    case 'RegisterAgent':
      return register(command.data, state);
    case 'ChangeAgentFields':
      return changeFields(command, state);
    case 'AssignManager':
      return assignManager(command, state);
    case 'MoveAgentToUnit':
      return moveToUnit(command, state);
    case 'ChangeAgentStatus':
      return changeStatus(command, state);
    case 'RecordDeparture':
      return recordDeparture(command, state);
    default:
      return assertNever(command);
  }
}

export const agentDecider: Decider<AgentCommand, AgentEvent, AgentState> = {
  decide: decideAgent,
  evolve: evolveAgent,
  initialState: initialAgentState,
};
