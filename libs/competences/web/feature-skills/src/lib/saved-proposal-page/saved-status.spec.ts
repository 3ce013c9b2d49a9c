import { savedStatus } from './saved-status';

describe('savedStatus', () => {
  it('tells a wrong link, a server without the team builder and a failure apart', () => {
    expect(savedStatus(true, null)).toBe('Chargement des propositions…');
    expect(savedStatus(false, null)).toBe('');
    expect(savedStatus(false, 'not-found')).toContain('vérifiez le lien');
    expect(savedStatus(false, 'unavailable')).toContain('pas encore disponible');
    expect(savedStatus(false, 'failed')).toContain('Réessayez');
  });
});
