import { teamCountLabel, teamLevelLabel } from './team-labels';

describe('team labels', () => {
  it('counts the team in agreement with the number', () => {
    expect(teamCountLabel(0)).toBe('Aucun agent dans cette équipe.');
    expect(teamCountLabel(1)).toBe('1 agent dans cette équipe.');
    expect(teamCountLabel(15)).toBe('15 agents dans cette équipe.');
  });

  it('tells direct reports from those further down', () => {
    expect(teamLevelLabel(1)).toBe('Rattachement direct');
    expect(teamLevelLabel(3)).toBe('Niveau 3');
  });
});
