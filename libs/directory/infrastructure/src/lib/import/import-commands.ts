import {
  AssignManagerCommand,
  ChangeAgentFieldsCommand,
  ChangeAgentStatusCommand,
  MoveAgentToUnitCommand,
  PlannedCommand,
  RecordDepartureCommand,
  RegisterAgentCommand,
} from '@maillage/directory/application';
import { Actor, assertNever } from '@maillage/shared/kernel';

/** The CQRS command for a planned one: the same handlers, rules and events as an edit by hand. */
export function toBusCommand(command: PlannedCommand, expectedVersion: number | undefined, actor: Actor, reason: string) {
  switch (command.type) {
    case 'RegisterAgent':
      return new RegisterAgentCommand(command.data, actor, reason);
    case 'ChangeAgentFields':
      return new ChangeAgentFieldsCommand(command.agentId, command.changes, expectedVersion, actor, reason);
    case 'MoveAgentToUnit':
      return new MoveAgentToUnitCommand(command.agentId, command.unitId, expectedVersion, actor, reason);
    case 'AssignManager':
      return new AssignManagerCommand(command.agentId, command.managerId, expectedVersion, actor, reason);
    case 'ChangeAgentStatus':
      return new ChangeAgentStatusCommand(command.agentId, command.status, expectedVersion, actor, reason);
    case 'RecordDeparture':
      return new RecordDepartureCommand(command.agentId, command.departedOn, expectedVersion, actor, reason);
    default:
      return assertNever(command);
  }
}

/** What every event of an import carries in `metadata.reason`: which file caused it. */
export const importReason = (sha256: string) => `import:sha256:${sha256}`;
