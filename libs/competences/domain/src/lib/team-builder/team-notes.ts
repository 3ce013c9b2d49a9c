import { TeamLabels, directionName, levelName, people, skillName } from './french';
import { NormalizedTeamRequest } from './normalized-request';
import { TeamAssessment } from './objective';
import { RequirementCoverage } from './team-proposal';

/**
 * Team-level remarks for the person deciding: what is missing, and why, counted over everyone
 * who shares the skill (an aggregate, never about a person).
 */
export function teamNotes(
  request: NormalizedTeamRequest,
  coverage: readonly RequirementCoverage[],
  missingDirectionIds: readonly string[],
  assessment: TeamAssessment,
  holdersAvailable: readonly number[],
  labels: TeamLabels,
): string[] {
  const notes: string[] = [];
  coverage.forEach((c, r) => {
    if (c.missingSeats === 0) return;
    const skill = `${skillName(labels, c.skillId)} (niveau ${levelName(c.minLevel)} au moins)`;
    const why =
      holdersAvailable[r] === 0
        ? 'personne ne partage cette compétence à ce niveau pour la constitution d’équipes'
        : holdersAvailable[r] < c.seats
          ? 'trop peu de personnes partagent cette compétence à ce niveau'
          : 'la taille maximale de l’équipe ne permet pas de la couvrir avec le reste';
    notes.push(`Compétence non couverte : ${skill}, il manque ${people(c.missingSeats)} ; ${why}.`);
  });
  for (const id of missingDirectionIds) {
    notes.push(`${directionName(labels, id)}, attendue sur le projet, n’est pas représentée : elle peut désigner quelqu’un.`);
  }
  if (assessment.directionsRepresented < request.minDirections) {
    notes.push(`L’équipe réunit ${assessment.directionsRepresented} direction(s) sur les ${request.minDirections} attendues pour un projet transversal.`);
  }
  return notes;
}
