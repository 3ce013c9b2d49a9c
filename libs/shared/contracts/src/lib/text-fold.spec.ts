import { foldText, stripAccents } from './text-fold';

describe('the accent fold', () => {
  it('drops accents and cedillas, keeping case', () => {
    expect(stripAccents('Hélène Çaglar, Noël à Orléans')).toBe('Helene Caglar, Noel a Orleans');
  });

  it('spells ligatures out as PostgreSQL’s unaccent does', () => {
    expect(stripAccents('Lœuillet, Cæcilia, Œuvre, Straße')).toBe('Loeuillet, Caecilia, OEuvre, Strasse');
  });

  it('folds case too for matching, and leaves plain text as it is', () => {
    expect(foldText('Système d’Information GÉOGRAPHIQUE')).toBe('systeme d’information geographique');
    expect(foldText('sig 2026')).toBe('sig 2026');
  });
});
