import type { TeamProposalSet } from '@maillage/competences/contracts';
import { requestSummary } from './request-summary';

const set: TeamProposalSet = {
  id: 's-1',
  title: 'Dématérialisation',
  createdAt: '2026-03-02T09:30:00.000Z',
  createdBy: 'lead',
  request: {
    requirements: [
      { skillId: 'paie', minLevel: 'pratique', count: 1 },
      { skillId: 'developpement-web', minLevel: 'maitrise', count: 2 },
    ],
    maxSize: 6,
    requiredDirectionIds: ['d-rh', 'd-si'],
    fixedMemberIds: ['lead'],
    excludedIds: ['x'],
  },
  proposals: [
    {
      members: [{ agentId: 'lead', displayName: 'Claire Martin', postTitle: '', directionName: null, covers: [{ skillId: 'paie', label: 'Paie', level: 'pratique' }], committedShare: 0, fixed: true, explanation: '' }],
      uncovered: [],
      directions: [{ id: 'd-rh', name: 'Direction des Ressources Humaines' }],
      communicationCost: 0,
      summary: '',
    },
  ],
};

describe('requestSummary', () => {
  it('names the skills, directions and people asked for, from the proposals first', () => {
    const summary = requestSummary(set, { skillLabel: (id) => (id === 'developpement-web' ? 'Développement web' : null), directionName: (id) => (id === 'd-si' ? 'DLSI' : null) });
    expect(summary).toEqual({
      skills: ['Paie — niveau pratique au moins, 1 personne', 'Développement web — niveau maîtrise au moins, 2 personnes'],
      maxSize: '6 personnes au plus',
      directions: 'Direction des Ressources Humaines, DLSI',
      fixed: 'Claire Martin (chef de projet)',
      excluded: '1 personne',
    });
  });
});
