import { explainMember } from '@maillage/competences/domain';
import { ProposedTeam, ProposedTeamMember, TeamProposalSet } from '@maillage/competences/contracts';
import { Redactor, Viewer } from '@maillage/governance/contracts';
import { PersonAsShown, peopleAsShown } from './people-as-shown';

/**
 * A set of proposals as this reader may see its members' names, posts and directions
 * today: one redaction call for everyone proposed (a person in several alternatives is
 * read, and audited, once). Where a member's unit is withheld, their direction leaves
 * the card, their explanation (which names it) is said again without it, the others'
 * explanations stop comparing their place with anyone's, and the team's list of
 * directions keeps only those a visible member or the request itself names.
 */
export async function teamsAsShown(redactor: Redactor, viewer: Viewer, set: TeamProposalSet, purpose: string): Promise<TeamProposalSet> {
  const everyone = [...new Map(set.proposals.flatMap((team) => team.members.map((m) => [m.agentId, m] as const))).values()];
  const shown = new Map((await peopleAsShown(redactor, viewer, everyone, purpose)).map((person) => [person.row.agentId, person]));
  return { ...set, proposals: set.proposals.map((team) => teamAsShown(team, set.request.requiredDirectionIds, shown)) };
}

function teamAsShown(team: ProposedTeam, requiredDirectionIds: readonly string[], shown: ReadonlyMap<string, PersonAsShown<ProposedTeamMember>>): ProposedTeam {
  const unitShown = (member: ProposedTeamMember) => !shown.get(member.agentId)?.hidden.has('unit');
  const someUnitWithheld = !team.members.every(unitShown);
  const members = team.members.map((member) => {
    const person = shown.get(member.agentId);
    const row = person?.row ?? member;
    if (person?.hidden.has('unit')) return { ...row, explanation: explanation(member, { withheld: true }) };
    // « In the same direction as one other member » would place the member whose unit is withheld.
    return someUnitWithheld ? { ...row, explanation: explanation(member, { team, requiredDirectionIds }) } : row;
  });
  if (!someUnitWithheld) return { ...team, members };
  const directions = team.directions.filter(
    (d) => requiredDirectionIds.includes(d.id) || team.members.some((m) => unitShown(m) && m.directionName !== null && m.directionName === d.name),
  );
  return { ...team, members, directions };
}

/**
 * The member's own facts (skills, fixed, time committed) said again: with no clause about
 * where they work when that is withheld, or else with their direction alone (and whether
 * the request expects it), compared with nobody, since the others' places may be withheld.
 */
function explanation(
  member: ProposedTeamMember,
  about: { readonly withheld: true } | { readonly team: ProposedTeam; readonly requiredDirectionIds: readonly string[] },
): string {
  const directionId = 'team' in about ? (about.team.directions.find((d) => d.name !== null && d.name === member.directionName)?.id ?? `inconnue-${member.agentId}`) : '';
  return explainMember(
    {
      member: { agentId: member.agentId, directionId, unitId: '', skills: new Map(), committedShare: member.committedShare },
      fixed: member.fixed,
      covers: member.covers.map((c) => ({ skillId: c.skillId, level: c.level ?? 'notions' })),
      team: [],
      requiredDirectionIds: 'team' in about ? about.requiredDirectionIds : [],
      directionWithheld: 'withheld' in about,
    },
    {
      skillNames: new Map(member.covers.map((c) => [c.skillId, c.label])),
      directionNames: new Map([[directionId, member.directionName ?? 'Direction non renseignée']]),
    },
  );
}
