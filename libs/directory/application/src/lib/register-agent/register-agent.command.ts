import { AgentRegisteredData } from '@maillage/directory/domain';
import { Actor } from '@maillage/shared/kernel';

export class RegisterAgentCommand {
  constructor(
    readonly data: AgentRegisteredData,
    readonly actor: Actor,
  ) {}
}
