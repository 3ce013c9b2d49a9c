import type { ProposedTeam } from '@maillage/competences/contracts';
import type { TeamGraphLink, TeamGraphNode } from '@maillage/competences/web/ui-team-graph';
import { formatCount, plural } from '@maillage/shared/web-util';
import { shortName } from '../labels/team-labels';

const NO_DIRECTION = 'Direction non renseignée';

export interface TeamGraphData {
  readonly nodes: readonly TeamGraphNode[];
  readonly links: readonly TeamGraphLink[];
  /** The drawing in words: who comes from which direction, and how they are linked. */
  readonly description: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const list = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`);

/**
 * The graph of a proposed team: every pair of members is linked, solid when they work in the
 * same direction (close), dashed across directions: the communication cost, drawn. The
 * project lead is ringed.
 */
export function teamGraphData(team: ProposedTeam, leadId: string | null): TeamGraphData {
  const members = team.members;
  const lead = members.find((member) => member.agentId === leadId) ?? null;
  const groupOf = (member: (typeof members)[number]) => member.directionName ?? NO_DIRECTION;
  const nodes: TeamGraphNode[] = members.map((member) => ({
    id: member.agentId,
    label: shortName(member.displayName),
    group: groupOf(member),
    emphasis: member === lead,
  }));
  const links: TeamGraphLink[] = members.flatMap((a, i) =>
    members.slice(i + 1).map((b): TeamGraphLink => ({ source: a.agentId, target: b.agentId, kind: groupOf(a) === groupOf(b) ? 'close' : 'distant' })),
  );

  const directions = [...new Set(members.map(groupOf))];
  const people = plural(members.length, 'membre', 'membres');
  const spread = directions.length === 1 ? 'd’une seule direction' : `de ${formatCount(directions.length)} directions`;
  const parts = [
    `${people} ${spread}.`,
    ...directions.map((direction) => `${direction} : ${list(members.filter((m) => groupOf(m) === direction).map((m) => m.displayName))}.`),
  ];
  if (lead) parts.push(`Chef de projet : ${lead.displayName}.`);
  const close = links.filter((link) => link.kind === 'close').length;
  if (links.length > 0) parts.push(capitalise(`${pairs(close)} dans la même direction, ${pairs(links.length - close)} dans des directions différentes.`));
  return { nodes, links, description: parts.join(' ') };
}

const pairs = (count: number) =>
  count === 0 ? 'aucune paire de membres ne travaille' : plural(count, 'paire de membres travaille', 'paires de membres travaillent');
