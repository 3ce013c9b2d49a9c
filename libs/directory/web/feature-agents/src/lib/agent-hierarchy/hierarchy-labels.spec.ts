import { indirectReportsLabel, teamLinkLabel } from './hierarchy-labels';

describe('hierarchy labels', () => {
  it('counts indirect reports in agreement with the number', () => {
    expect(indirectReportsLabel(0)).toBe('Aucun agent encadré indirectement.');
    expect(indirectReportsLabel(1)).toBe('1 agent encadré indirectement.');
    expect(indirectReportsLabel(1250)).toBe('1\u202f250 agents encadrés indirectement.');
  });

  it('says how many people the whole team holds', () => {
    expect(teamLinkLabel(1)).toBe("Voir toute l'équipe (1 agent)");
    expect(teamLinkLabel(15)).toBe("Voir toute l'équipe (15 agents)");
  });
});
