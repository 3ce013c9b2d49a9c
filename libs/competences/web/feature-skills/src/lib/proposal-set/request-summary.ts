import type { TeamProposalSet } from '@maillage/competences/contracts';
import { plural } from '@maillage/shared/web-util';
import { levelLabel } from '../labels/skill-labels';

export interface RequestSummary {
  readonly skills: readonly string[];
  readonly maxSize: string;
  readonly directions: string;
  readonly fixed: string;
  readonly excluded: string;
}

/** The request behind a saved set, in French. Names come from the proposals, then from the lookups given. */
export function requestSummary(
  set: TeamProposalSet,
  lookups: { readonly skillLabel: (skillId: string) => string | null; readonly directionName: (directionId: string) => string | null },
): RequestSummary {
  const { request, proposals } = set;
  const skillNames = new Map<string, string>();
  const people = new Map<string, string>();
  const directions = new Map<string, string>();
  for (const team of proposals) {
    for (const member of team.members) {
      people.set(member.agentId, member.displayName);
      for (const skill of member.covers) skillNames.set(skill.skillId, skill.label);
    }
    for (const gap of team.uncovered) skillNames.set(gap.skillId, gap.label);
    for (const direction of team.directions) if (direction.name) directions.set(direction.id, direction.name);
  }
  const skills = request.requirements.map((r) => {
    const label = skillNames.get(r.skillId) ?? lookups.skillLabel(r.skillId) ?? r.skillId;
    return `${label} — niveau ${levelLabel(r.minLevel).toLowerCase()} au moins, ${plural(r.count, 'personne', 'personnes')}`;
  });
  const directionNames = request.requiredDirectionIds.map((id) => directions.get(id) ?? lookups.directionName(id) ?? 'direction inconnue');
  const fixedNames = request.fixedMemberIds.map((id) => people.get(id) ?? 'agent non trouvé');
  const excluded = request.excludedIds.length;
  return {
    skills,
    maxSize: `${plural(request.maxSize, 'personne', 'personnes')} au plus`,
    directions: directionNames.length ? directionNames.join(', ') : 'aucune imposée',
    fixed: fixedNames.length ? fixedNames.map((name, i) => (i === 0 ? `${name} (chef de projet)` : name)).join(', ') : 'aucun',
    excluded: excluded === 0 ? 'aucune' : plural(excluded, 'personne', 'personnes'),
  };
}
