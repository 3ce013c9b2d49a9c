import { mapHeader } from './columns';

describe('mapHeader', () => {
  it('given the documented headers, when mapping, then finds every column at its index', () => {
    const mapping = mapHeader(['matricule', 'nom', 'prenom', 'email', 'intitule_poste', 'unite', 'grade']);
    expect([...mapping.columns]).toEqual([
      [0, 'matricule'],
      [1, 'nom'],
      [2, 'prenom'],
      [3, 'email'],
      [4, 'intitule_poste'],
      [5, 'unite'],
      [6, 'grade'],
    ]);
    expect(mapping.ignored).toEqual([]);
  });

  it('given headers with accents, capitals, spaces and aliases, when mapping, then recognises them', () => {
    const mapping = mapHeader(['Matricule', 'NOM', 'Prénom', 'Courriel', 'Intitulé du poste', 'Unité', 'Nom d’usage', 'Cadre d\'emplois', 'Catégorie', 'Code RH', 'Matricule responsable']);
    expect([...mapping.present].sort()).toEqual(
      ['cadre_emplois', 'categorie', 'code_rh', 'email', 'intitule_poste', 'matricule', 'nom', 'nom_usage', 'prenom', 'responsable', 'unite'].sort(),
    );
  });

  it('given an unknown header, when mapping, then ignores the column and lists it', () => {
    expect(mapHeader(['matricule', 'nom', 'prenom', 'email', 'intitule_poste', 'unite', 'Commentaire']).ignored).toEqual(['Commentaire']);
  });

  it('given a required column is missing, when mapping, then refuses the file naming it', () => {
    expect(() => mapHeader(['matricule', 'nom', 'prenom', 'intitule_poste'])).toThrow(
      expect.objectContaining({ code: 'IMPORT.MISSING_COLUMNS', details: { missing: ['email', 'unite'] } }),
    );
  });

  it('given two headers for the same column, when mapping, then refuses the file', () => {
    expect(() => mapHeader(['matricule', 'nom', 'prenom', 'email', 'courriel', 'intitule_poste', 'unite'])).toThrow(
      expect.objectContaining({ code: 'IMPORT.DUPLICATE_COLUMN' }),
    );
  });
});
