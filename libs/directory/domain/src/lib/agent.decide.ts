import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';
import {
  AGENT_PROFILE_FIELDS,
  AgentEvent,
  AgentFieldChangedData,
  AgentProfileField,
  AgentRegisteredData,
  AgentState,
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
      readonly changes: Partial<Record<AgentProfileField, string | null>>;
      readonly editor: Editor;
    };

const HR_ROLES = ['hr', 'admin'];

function register(data: AgentRegisteredData, state: AgentState): AgentEvent[] {
  if (state.kind !== 'unregistered') {
    throw new DomainError('DIRECTORY.AGENT_ALREADY_REGISTERED', 'conflict', 'Cet agent est déjà inscrit dans l’annuaire.', {
      agentId: data.agentId,
    });
  }
  if (!data.firstName.trim() || !data.lastName.trim()) {
    throw new DomainError('DIRECTORY.NAME_REQUIRED', 'invalid', 'Le prénom et le nom sont obligatoires.');
  }
  if (data.managerId === data.agentId) {
    throw new DomainError('DIRECTORY.SELF_MANAGER', 'invalid', 'Un agent ne peut pas être son propre responsable.');
  }
  return [{ type: 'AgentRegistered', data }];
}

function changeFields(command: Extract<AgentCommand, { type: 'ChangeAgentFields' }>, state: AgentState): AgentEvent[] {
  if (state.kind !== 'registered') {
    throw new DomainError('DIRECTORY.AGENT_NOT_FOUND', 'not_found', 'Agent introuvable.', { agentId: command.agentId });
  }
  const isHr = command.editor.roles.some((role) => HR_ROLES.includes(role));
  const isSelf = command.editor.agentId === state.agentId;
  const changed: AgentFieldChangedData[] = [];
  for (const field of AGENT_PROFILE_FIELDS) {
    if (!(field in command.changes)) continue;
    if (!isHr && !(isSelf && SELF_SERVICE_FIELDS.includes(field))) {
      throw new DomainError('DIRECTORY.FIELD_NOT_EDITABLE', 'forbidden', `Vous ne pouvez pas modifier le champ « ${field} » de cette fiche.`, {
        field,
      });
    }
    const to = normalise(command.changes[field] ?? null);
    if (field === 'postTitle' && to === null) {
      throw new DomainError('DIRECTORY.POST_TITLE_REQUIRED', 'invalid', 'L’intitulé de poste ne peut pas être vide.');
    }
    const from = state.profile[field];
    if (to !== from) changed.push({ agentId: state.agentId, field, from, to });
  }
  return changed.map((data) => ({ type: 'AgentFieldChanged', data }));
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
    default:
      return assertNever(command);
  }
}

export const agentDecider: Decider<AgentCommand, AgentEvent, AgentState> = {
  decide: decideAgent,
  evolve: evolveAgent,
  initialState: initialAgentState,
};
