import { AgentProfileField } from '@maillage/directory/domain';
import { Actor } from '@maillage/shared/kernel';

export class ChangeAgentFieldsCommand {
  constructor(
    readonly agentId: string,
    readonly changes: Partial<Record<AgentProfileField, string | null>>,
    /** The version the editor saw: a stale one fails instead of overwriting. */
    readonly expectedVersion: number | undefined,
    readonly actor: Actor,
  ) {}
}
