import { TeamProposalSet } from '@maillage/competences/contracts';
import { SavedProposal, mayReadProposal, proposalForReader } from './saved-proposal';

const viewer = (accountId: string, roles: string[] = ['agent']) => ({ accountId, agentId: null, roles, requestId: 'r' });

const set: TeamProposalSet = {
  id: 'p1',
  title: 'Projet',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'lead-agent',
  request: { requirements: [{ skillId: 'sig', minLevel: 'notions', count: 1 }], maxSize: 3, requiredDirectionIds: [], fixedMemberIds: [], excludedIds: [] },
  proposals: [
    {
      members: [
        {
          agentId: 'a1',
          displayName: 'Ana Dupont',
          postTitle: 'Géomaticienne',
          directionName: 'DSI',
          covers: [{ skillId: 'sig', label: 'SIG', level: 'pratique' }],
          committedShare: 0,
          fixed: false,
          explanation: 'Apporte SIG (niveau déclaré : pratique) ; DSI ; aucun temps déjà engagé sur d’autres projets.',
        },
      ],
      uncovered: [],
      directions: [{ id: 'd1', name: 'DSI' }],
      communicationCost: 0,
      summary: '',
    },
  ],
};
const saved = (basis: SavedProposal['basis'] = null): SavedProposal => ({ set, authorAccountId: 'author', basis });

describe('mayReadProposal', () => {
  it('lets the author and HR read a saved set, and nobody else (not even an admin)', () => {
    expect(mayReadProposal(viewer('author'), saved())).toBe(true);
    expect(mayReadProposal(viewer('someone', ['hr']), saved())).toBe(true);
    expect(mayReadProposal(viewer('someone', ['admin', 'committee']), saved())).toBe(false);
  });
});

describe('proposalForReader', () => {
  it('leaves a set untouched while the reader still sees every skill at the same level', () => {
    expect(proposalForReader(saved(), new Map([['a1', new Map([['sig', 'pratique' as const]])]]))).toEqual(set);
  });

  it('drops a skill the reader may no longer see, and rebuilds the explanation without naming it (older sets without a basis too)', () => {
    for (const proposal of [saved(), saved({ a1: { directionId: 'd1', unitId: 'u1' } })]) {
      const [member] = proposalForReader(proposal, new Map()).proposals[0].members;
      expect(member.covers).toEqual([]);
      expect(member.explanation).not.toContain('SIG');
      expect(member.explanation).toContain('DSI');
      expect(member.displayName).toBe('Ana Dupont');
    }
  });

  it('shows a changed level as it is now', () => {
    const [member] = proposalForReader(saved(), new Map([['a1', new Map([['sig', 'expertise' as const]])]])).proposals[0].members;
    expect(member.covers).toEqual([{ skillId: 'sig', label: 'SIG', level: 'expertise' }]);
    expect(member.explanation).toContain('expertise');
  });
});
