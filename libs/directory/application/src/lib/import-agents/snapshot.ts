import { AgentField, AgentStatus } from '@maillage/directory/domain';
import { foldKey } from './fold';

/** An agent as the directory knows them when the import is planned. */
export interface SnapshotAgent {
  readonly agentId: string;
  /** Stream version: the import's changes expect it, so a concurrent edit makes the row fail. */
  readonly version: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly workEmail: string;
  readonly startDate: string | null;
  readonly status: AgentStatus;
  readonly unitId: string | null;
  readonly managerId: string | null;
  readonly fields: Readonly<Record<AgentField, string | null>>;
}

export interface SnapshotUnit {
  readonly unitId: string;
  readonly name: string;
  readonly closed: boolean;
}

/** The current directory, as far as an import needs it. */
export interface DirectorySnapshot {
  readonly agents: readonly SnapshotAgent[];
  readonly units: readonly SnapshotUnit[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Look-ups the planner makes thousands of times. */
export class DirectoryIndex {
  readonly agentsById = new Map<string, SnapshotAgent>();
  readonly agentsByMatricule = new Map<string, SnapshotAgent[]>();
  readonly agentsByEmail = new Map<string, SnapshotAgent[]>();
  readonly unitsById = new Map<string, SnapshotUnit>();
  readonly unitsByName = new Map<string, SnapshotUnit[]>();

  constructor(snapshot: DirectorySnapshot) {
    for (const agent of snapshot.agents) {
      this.agentsById.set(agent.agentId, agent);
      if (agent.fields.matricule) push(this.agentsByMatricule, agent.fields.matricule, agent);
      push(this.agentsByEmail, agent.workEmail.toLowerCase(), agent);
    }
    for (const unit of snapshot.units) {
      this.unitsById.set(unit.unitId, unit);
      push(this.unitsByName, foldKey(unit.name), unit);
    }
  }

  displayName(agentId: string | null): string | null {
    const agent = agentId ? this.agentsById.get(agentId) : undefined;
    // The name in use: the nom d'usage replaces the birth name, which stays private (HR and the agent).
    return agent ? `${agent.firstName} ${agent.fields.usualName ?? agent.lastName}` : null;
  }
}
