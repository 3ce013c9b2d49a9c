import { SkillLevel } from '../agent-skills';
import { TeamLabels, directionName, joinFrench, levelName, otherMembers, percent, sentence, skillName, than } from './french';
import { Candidate } from './team-request';

export interface CoveredSkill {
  readonly skillId: string;
  /** The level the person declared (a skill declared without a level counts as 'notions'). */
  readonly level: SkillLevel;
}

export interface MemberInTeam {
  readonly member: Candidate;
  readonly fixed: boolean;
  readonly covers: readonly CoveredSkill[];
  readonly team: readonly Candidate[];
  readonly requiredDirectionIds: readonly string[];
  /** The reader may not see this person's unit: no clause names or compares their direction. */
  readonly directionWithheld?: boolean;
}

/**
 * Why this person is in the proposal, in plain French, from facts about them and the team only:
 * the required skills they declared, their direction's place in the project, their time already
 * committed. Never a comparison with anyone, never a score; levels are said to be self-declared.
 */
export function explainMember(context: MemberInTeam, labels: TeamLabels = {}): string {
  const clauses: string[] = [];
  if (context.fixed) clauses.push('fait partie de l’équipe dès la demande');
  if (context.covers.length > 0) {
    const skills = context.covers.map((c) => `${skillName(labels, c.skillId)} (niveau déclaré : ${levelName(c.level)})`);
    clauses.push(`${context.fixed ? 'apporte aussi' : 'apporte'} ${joinFrench(skills)}`);
  }
  if (!context.directionWithheld) clauses.push(directionClause(context, labels));
  const share = context.member.committedShare;
  clauses.push(share > 0 ? `temps déjà engagé sur d’autres projets : ${percent(share)}` : 'aucun temps déjà engagé sur d’autres projets');
  return sentence(clauses);
}

function directionClause({ member, team, requiredDirectionIds }: MemberInTeam, labels: TeamLabels): string {
  const name = directionName(labels, member.directionId);
  if (requiredDirectionIds.includes(member.directionId)) return `${name}, direction attendue sur le projet`;
  const others = team.filter((c) => c.agentId !== member.agentId);
  const sameDirection = others.filter((c) => c.directionId === member.directionId);
  const directions = new Set(team.map((c) => c.directionId)).size;
  if (sameDirection.length === 0 && directions >= 2) return `${name}, ce qui ajoute une direction au projet`;
  const sameUnit = sameDirection.filter((c) => c.unitId === member.unitId).length;
  if (sameUnit > 0) return `${name}, dans la même unité ${than(otherMembers(sameUnit))}`;
  if (sameDirection.length > 0) return `${name}, dans la même direction ${than(otherMembers(sameDirection.length))}`;
  return name;
}
