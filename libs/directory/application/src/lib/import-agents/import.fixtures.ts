import { AgentField, AgentState, agentDecider } from '@maillage/directory/domain';
import { ImportPlan, PlannedCommand } from './import-plan';
import { readImportFile } from './import-file';
import { DirectorySnapshot, SnapshotAgent, SnapshotUnit } from './snapshot';

/** Test data for the import specs: a small town hall and helpers to run a plan through the real deciders. */
export const UNITS: SnapshotUnit[] = [
  { unitId: '00000000-0000-4000-8000-000000000001', name: 'Direction Générale des Services', closed: false },
  { unitId: '00000000-0000-4000-8000-000000000002', name: 'Direction des Ressources Humaines', closed: false },
  { unitId: '00000000-0000-4000-8000-000000000003', name: 'Service Paie et carrières', closed: false },
  { unitId: '00000000-0000-4000-8000-000000000004', name: "Direction Logistique et Systèmes d'Information", closed: false },
  { unitId: '00000000-0000-4000-8000-000000000005', name: 'Service Archives', closed: true },
  { unitId: '00000000-0000-4000-8000-000000000006', name: 'Service Accueil', closed: false },
  { unitId: '00000000-0000-4000-8000-000000000007', name: 'Service accueil', closed: false },
];
export const [DGS_UNIT, DRH_UNIT, PAIE_UNIT, DLSI_UNIT, ARCHIVES_UNIT] = UNITS.map((u) => u.unitId);

const noFields = (): Record<AgentField, string | null> => ({
  usualName: null, postTitle: '', workPhone: null, office: null, employment: null, category: null, filiere: null,
  cadreEmplois: null, grade: null, matricule: null, hrCode: null, dgaCode: null, diplomas: null, experience: null,
});

export function agent(partial: Partial<Omit<SnapshotAgent, 'fields'>> & { agentId: string; fields?: Partial<Record<AgentField, string | null>> }): SnapshotAgent {
  return {
    version: 0, firstName: 'Prénom', lastName: 'Nom', workEmail: `${partial.agentId}@mairie.test`, startDate: null,
    status: 'active', unitId: DGS_UNIT, managerId: null,
    ...partial,
    fields: { ...noFields(), ...partial.fields },
  };
}

export const DGS = agent({
  agentId: 'a-dgs', firstName: 'Anne', lastName: 'Directrice', workEmail: 'anne.directrice@mairie.test', unitId: DGS_UNIT,
  fields: { postTitle: 'Directrice générale des services', matricule: 'M0001', employment: 'titulaire', category: 'A' },
});
export const DRH = agent({
  agentId: 'a-drh', firstName: 'Bruno', lastName: 'Ressources', workEmail: 'bruno.ressources@mairie.test', unitId: DRH_UNIT, managerId: 'a-dgs', version: 2,
  fields: { postTitle: 'Directeur des ressources humaines', matricule: 'M0002', employment: 'titulaire', category: 'A', grade: 'Attaché principal' },
});
export const PAYROLL = agent({
  agentId: 'a-paie', firstName: 'Hélène', lastName: 'Müller', workEmail: 'helene.muller@mairie.test', unitId: PAIE_UNIT, managerId: 'a-drh', version: 4,
  startDate: '2015-03-02',
  fields: { postTitle: 'Gestionnaire paie', matricule: 'M0003', employment: 'titulaire', category: 'C', grade: 'Adjoint administratif', workPhone: '01 23 45 67 89' },
});
export const UNNUMBERED = agent({
  agentId: 'a-sans', firstName: 'Claire', lastName: 'Petit', workEmail: 'claire.petit@mairie.test', unitId: DLSI_UNIT, managerId: 'a-dgs', version: 1,
  fields: { postTitle: 'Technicienne support' },
});
export const GONE = agent({
  agentId: 'a-parti', firstName: 'Paul', lastName: 'Ancien', workEmail: 'paul.ancien@mairie.test', unitId: DRH_UNIT, managerId: 'a-drh', status: 'departed', version: 3,
  fields: { postTitle: 'Chargé de formation', matricule: 'M0009' },
});

export const SNAPSHOT: DirectorySnapshot = { agents: [DGS, DRH, PAYROLL, UNNUMBERED, GONE], units: UNITS };

export const HEADER = 'matricule;nom;prenom;email;intitule_poste;unite;responsable;statut;date_depart;situation;categorie;grade';

/** A UTF-8 file from lines, CRLF-separated as Excel writes them. */
export const file = (...lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n') + '\r\n');
export const rowsOf = (...lines: string[]) => readImportFile(file(...lines)).rows;

/**
 * Runs a plan's commands through the real agent decider, in the plan's order,
 * checking reporting lines and units the way the handlers do, and returns the
 * directory as it would then be.
 */
export function applyPlan(snapshot: DirectorySnapshot, plan: ImportPlan): DirectorySnapshot {
  const agents = new Map(snapshot.agents.map((a) => [a.agentId, a]));
  const stateOf = (a: SnapshotAgent): AgentState => ({ kind: 'registered', agentId: a.agentId, status: a.status, unitId: a.unitId, managerId: a.managerId, fields: a.fields });
  const chainOf = (id: string | null): string[] => {
    const chain: string[] = [];
    for (let current = id; current !== null && chain.length < 100; current = agents.get(current)?.managerId ?? null) chain.push(current);
    return chain;
  };
  const run = (command: PlannedCommand) => {
    const current = agents.get(command.type === 'RegisterAgent' ? command.data.agentId : command.agentId);
    const state = current ? stateOf(current) : agentDecider.initialState();
    const domainCommand =
      command.type === 'AssignManager'
        ? { ...command, managerChain: chainOf(command.managerId) }
        : command.type === 'MoveAgentToUnit'
          ? { ...command, unitIsOpen: !snapshot.units.find((u) => u.unitId === command.unitId)?.closed }
          : command.type === 'ChangeAgentFields'
            ? { ...command, editor: { agentId: null, roles: ['hr'] } }
            : command;
    const events = agentDecider.decide(domainCommand, state);
    const next = events.reduce(agentDecider.evolve, state);
    if (next.kind !== 'registered') throw new Error('not registered');
    const registered = command.type === 'RegisterAgent' ? command.data : null;
    agents.set(next.agentId, {
      agentId: next.agentId,
      version: (current?.version ?? -1) + events.length,
      firstName: registered?.firstName ?? current?.firstName ?? '',
      lastName: registered?.lastName ?? current?.lastName ?? '',
      workEmail: registered?.workEmail ?? current?.workEmail ?? '',
      startDate: registered?.startDate ?? current?.startDate ?? null,
      status: next.status,
      unitId: next.unitId,
      managerId: next.managerId,
      fields: next.fields,
    });
  };
  for (const task of plan.tasks) task.commands.forEach(run);
  return { agents: [...agents.values()], units: snapshot.units };
}
