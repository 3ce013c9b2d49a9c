import type { ProposedTeam, ProposedTeamMember } from '@maillage/competences/contracts';
import { teamGraphData } from './team-graph-data';

const member = (agentId: string, displayName: string, directionName: string | null, fixed = false): ProposedTeamMember => ({
  agentId, displayName, postTitle: '', directionName, covers: [], committedShare: 0, fixed, explanation: '',
});
const team = (members: ProposedTeamMember[]): ProposedTeam => ({ members, uncovered: [], directions: [], communicationCost: 0, summary: '' });

describe('teamGraphData', () => {
  const members = [
    member('lead', 'Claire Martin', 'Direction de la Communication Interne', true),
    member('a', 'Paul Durand', 'Direction Logistique et Systèmes d’Information'),
    member('b', 'Léa Petit', 'Direction Logistique et Systèmes d’Information'),
    member('c', 'Omar Benali', 'Direction des Ressources Humaines'),
  ];

  it('links every pair, solid within a direction and dashed across, and rings the project lead', () => {
    const { nodes, links } = teamGraphData(team(members), 'lead');
    expect(nodes.map((n) => [n.label, n.emphasis])).toEqual([['Claire M.', true], ['Paul D.', false], ['Léa P.', false], ['Omar B.', false]]);
    expect(links).toHaveLength(6);
    expect(links.filter((link) => link.kind === 'close')).toEqual([{ source: 'a', target: 'b', kind: 'close' }]);
  });

  it('says in words everything the drawing shows', () => {
    expect(teamGraphData(team(members), 'lead').description).toBe(
      '4 membres de 3 directions. Direction de la Communication Interne : Claire Martin. ' +
        'Direction Logistique et Systèmes d’Information : Paul Durand et Léa Petit. Direction des Ressources Humaines : Omar Benali. ' +
        'Chef de projet : Claire Martin. 1 paire de membres travaille dans la même direction, 5 paires de membres travaillent dans des directions différentes.',
    );
  });

  it('draws a team without a lead or a known direction', () => {
    const data = teamGraphData(team([member('a', 'Paul Durand', null), member('b', 'Léa Petit', null)]), null);
    expect(data.links).toEqual([{ source: 'a', target: 'b', kind: 'close' }]);
    expect(data.description).toBe(
      '2 membres d’une seule direction. Direction non renseignée : Paul Durand et Léa Petit. 1 paire de membres travaille dans la même direction, aucune paire de membres ne travaille dans des directions différentes.',
    );
  });
});
