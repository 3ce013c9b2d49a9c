import { Decider, DomainError } from '@maillage/shared/kernel';
import { AGENT_CHOSEN_FIELDS, AUDIENCES, Audience, GovernedField } from './visibility-policy';

/** What an agent chose for their diplomas and experience. Privacy by default: nobody else. */
export type SharingChoices = Readonly<Partial<Record<GovernedField, readonly Audience[]>>>;

export type SharingEvent = {
  readonly type: 'FieldSharingChosen';
  readonly data: { readonly agentId: string; readonly field: GovernedField; readonly audiences: readonly Audience[] };
};

export type SharingCommand = {
  readonly type: 'ChooseFieldSharing';
  readonly agentId: string;
  readonly field: GovernedField;
  readonly audiences: readonly Audience[];
};

export const sharingStreamId = (agentId: string): string => `sharing-${agentId}`;

export const sharingDecider: Decider<SharingCommand, SharingEvent, SharingChoices> = {
  initialState: () => ({}),
  evolve: (state, event) => (event.type === 'FieldSharingChosen' ? { ...state, [event.data.field]: event.data.audiences } : state),
  decide: (command, state) => {
    if (!AGENT_CHOSEN_FIELDS.includes(command.field)) {
      throw new DomainError('GOVERNANCE.FIELD_NOT_AGENT_CHOSEN', 'invalid', 'Ce champ n’est pas au choix de l’agent : sa visibilité relève du comité de pilotage.');
    }
    // The last line of defence: the sharing read model's NOT NULL audiences only ever hold known audiences.
    if (!Array.isArray(command.audiences) || !command.audiences.every((a) => (AUDIENCES as readonly unknown[]).includes(a))) {
      throw new DomainError('GOVERNANCE.AUDIENCES_INVALID', 'invalid', `Choisissez parmi : ${AUDIENCES.filter((a) => a !== 'self').join(', ')} (ou aucun).`);
    }
    const audiences = [...new Set(command.audiences.filter((a) => a !== 'self'))].sort();
    const current = [...(state[command.field] ?? [])].sort();
    if (JSON.stringify(audiences) === JSON.stringify(current)) return [];
    return [{ type: 'FieldSharingChosen', data: { agentId: command.agentId, field: command.field, audiences } }];
  },
};
