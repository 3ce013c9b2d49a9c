import { explainMember } from '@maillage/competences/domain';
import { ProposedTeam, ProposedTeamMember, TeamProposalSet } from '@maillage/competences/contracts';
import { Redactor, Viewer } from '@maillage/governance/contracts';
import { PersonAsShown, peopleAsShown } from './people-as-shown';

/**
 * A set of proposals as this reader may see its members' names, posts and directions
 * today: one redaction call for everyone proposed (a person in several alternatives is
 * read, and audited, once). Where a member's unit is withheld, their direction leaves
 * the card, their explanation (which names it) is said again without it, and the team's
 * list of directions keeps only those a visible member or the request itself names.
 */
export async function teamsAsShown(redactor: Redactor, viewer: Viewer, set: TeamProposalSet, purpose: string): Promise<TeamProposalSet> {
  const everyone = [...new Map(set.proposals.flatMap((team) => team.members.map((m) => [m.agentId, m] as const))).values()];
  const shown = new Map((await peopleAsShown(redactor, viewer, everyone, purpose)).map((person) => [person.row.agentId, person]));
  return { ...set, proposals: set.proposals.map((team) => teamAsShown(team, set.request.requiredDirectionIds, shown)) };
}

function teamAsShown(team: ProposedTeam, requiredDirectionIds: readonly string[], shown: ReadonlyMap<string, PersonAsShown<ProposedTeamMember>>): ProposedTeam {
  const unitShown = (member: ProposedTeamMember) => !shown.get(member.agentId)?.hidden.has('unit');
  const members = team.members.map((member) => {
    const person = shown.get(member.agentId);
    if (!person || person.hidden.size === 0) return member;
    return person.hidden.has('unit') ? { ...person.row, explanation: explanationWithoutDirection(member) } : person.row;
  });
  if (team.members.every(unitShown)) return { ...team, members };
  const directions = team.directions.filter(
    (d) => requiredDirectionIds.includes(d.id) || team.members.some((m) => unitShown(m) && m.directionName !== null && m.directionName === d.name),
  );
  return { ...team, members, directions };
}

/** The member's own facts (skills, fixed, time committed), with no clause about where they work. */
function explanationWithoutDirection(member: ProposedTeamMember): string {
  return explainMember(
    {
      member: { agentId: member.agentId, directionId: '', unitId: '', skills: new Map(), committedShare: member.committedShare },
      fixed: member.fixed,
      covers: member.covers.map((c) => ({ skillId: c.skillId, level: c.level ?? 'notions' })),
      team: [],
      requiredDirectionIds: [],
      directionWithheld: true,
    },
    { skillNames: new Map(member.covers.map((c) => [c.skillId, c.label])) },
  );
}
