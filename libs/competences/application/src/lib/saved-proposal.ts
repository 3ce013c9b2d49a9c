import { Candidate, SkillLevel, explainMember } from '@maillage/competences/domain';
import { ProposedTeam, ProposedTeamMember, TeamProposalSet } from '@maillage/competences/contracts';
import { Viewer } from '@maillage/governance/contracts';

/** Where each member stood when the set was saved: what their explanation is rebuilt from. */
export type ProposalBasis = Readonly<Record<string, { readonly directionId: string; readonly unitId: string }>>;

/** A saved set as the log holds it, with who saved it. */
export interface SavedProposal {
  readonly set: TeamProposalSet;
  /** The account that saved it (the event's actor). */
  readonly authorAccountId: string;
  /** Absent from sets saved before it was recorded. */
  readonly basis: ProposalBasis | null;
}

/**
 * Who may open a saved proposal: its author and HR. The project lead joins
 * them once projects exist (a proposal will then name its project, and this
 * is the one place to add « viewer leads that project »). Anyone else is told
 * it does not exist.
 */
export function mayReadProposal(viewer: Viewer, proposal: SavedProposal): boolean {
  return viewer.accountId === proposal.authorAccountId || viewer.roles.includes('hr');
}

/** The skills (with their current level) of each member that the reader may see now, for staffing. */
export type VisibleSkills = ReadonlyMap<string, ReadonlyMap<string, SkillLevel | null>>;

/**
 * The set as this reader may see it today: each member keeps only the skills
 * still shared with the reader (a skill hidden or withdrawn since is gone, a
 * changed level shows as it is now), and their explanation is rebuilt from
 * what remains, so it names no skill that was taken away. A member left with
 * no skill stays listed: the set records who was proposed, and hiding a skill
 * is not leaving the team. Team-level figures (uncovered seats, notes) are
 * counts, never about a person, and stay as they were when saved.
 */
export function proposalForReader(proposal: SavedProposal, visible: VisibleSkills): TeamProposalSet {
  const { set, basis } = proposal;
  return { ...set, proposals: set.proposals.map((team) => teamForReader(team, set, basis, visible)) };
}

function teamForReader(team: ProposedTeam, set: TeamProposalSet, basis: ProposalBasis | null, visible: VisibleSkills): ProposedTeam {
  const directionIdOf = (member: ProposedTeamMember) =>
    basis?.[member.agentId]?.directionId ?? team.directions.find((d) => d.name !== null && d.name === member.directionName)?.id ?? 'sans-direction';
  // Without a basis (older sets), each member gets a unit of their own: no « same unit » claim is made up.
  const candidates: Candidate[] = team.members.map((m) => ({
    agentId: m.agentId,
    directionId: directionIdOf(m),
    unitId: basis?.[m.agentId]?.unitId ?? `inconnue-${m.agentId}`,
    skills: new Map(),
    committedShare: m.committedShare,
  }));
  const directionNames = new Map(team.members.map((m, i) => [candidates[i].directionId, m.directionName ?? candidates[i].directionId]));
  const members = team.members.map((member, i): ProposedTeamMember => {
    const shared = visible.get(member.agentId) ?? new Map<string, SkillLevel | null>();
    const covers = member.covers.filter((c) => shared.has(c.skillId)).map((c) => ({ ...c, level: shared.get(c.skillId) ?? 'notions' }));
    const unchanged = covers.length === member.covers.length && covers.every((c, k) => c.level === member.covers[k].level);
    if (unchanged) return member;
    const explanation = explainMember(
      {
        member: candidates[i],
        fixed: member.fixed,
        covers: covers.map((c) => ({ skillId: c.skillId, level: c.level ?? 'notions' })),
        team: candidates,
        requiredDirectionIds: set.request.requiredDirectionIds,
      },
      { skillNames: new Map(member.covers.map((c) => [c.skillId, c.label])), directionNames },
    );
    return { ...member, covers, explanation };
  });
  return { ...team, members };
}
