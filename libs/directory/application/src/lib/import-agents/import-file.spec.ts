import { readImportFile } from './import-file';
import { file } from './import.fixtures';

const HEADER = 'matricule;nom;prenom;email;intitule_poste;unite';

describe('readImportFile', () => {
  it('given a comma-separated UTF-8 file with a BOM, when reading, then finds the rows and says how it was read', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...file('Matricule,Nom,Prénom,Email,Intitulé poste,Unité,Remarque', 'M0100,Durand,Hélène,h@mairie.test,"Gestionnaire paie, carrières",DRH,')]);
    const read = readImportFile(bytes);
    expect(read).toMatchObject({ encoding: 'utf-8', delimiter: ',', ignoredColumns: ['Remarque'] });
    expect(read.rows).toEqual([expect.objectContaining({ line: 2, errors: [], values: expect.objectContaining({ postTitle: 'Gestionnaire paie, carrières' }) })]);
  });

  it('given a malformed record among good ones, when reading, then reports it at its line with the others intact', () => {
    const read = readImportFile(file(HEADER, 'M0100;A;B;a@m.test;P;U', 'M0101;"C;D;c@m.test;P;U', 'M0102;E;F;e@m.test;P;U'));
    expect(read.rows.map((r) => [r.line, r.errors.map((e) => e.code)])).toEqual([
      [2, []],
      [3, ['IMPORT.MALFORMED_LINE']],
      [4, []],
    ]);
  });

  it('given a record whose quoted field spans two lines, when reading, then the next record keeps its physical line', () => {
    const read = readImportFile(file(HEADER, 'M0100;A;B;a@m.test;"Chargée\nde mission";U', 'M0101;C;D;c@m.test;P;U'));
    expect(read.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(read.rows[0].values.postTitle).toBe('Chargée\nde mission');
  });

  it('given only a header, when reading, then refuses the file', () => {
    expect(() => readImportFile(file(HEADER))).toThrow(expect.objectContaining({ code: 'IMPORT.NO_ROWS' }));
  });

  it('given a broken header, when reading, then refuses the file', () => {
    expect(() => readImportFile(file('matricule;"nom', 'M0100;A'))).toThrow(expect.objectContaining({ code: 'IMPORT.HEADER_MALFORMED' }));
  });

  it('given blank lines before the header, when reading, then uses the first non-blank line as header', () => {
    expect(readImportFile(file('', HEADER, 'M0100;A;B;a@m.test;P;U')).rows[0].line).toBe(3);
  });
});
