import { readImportFile } from './import-file';
import { file } from './import.fixtures';
import { parseDate } from './rows';

const HEADER = 'matricule;nom;prenom;email;intitule_poste;unite;statut;date_entree;date_depart;situation;categorie;telephone';
const read = (...lines: string[]) => readImportFile(file(HEADER, ...lines)).rows;

describe('parseDate', () => {
  it.each([
    ['03/09/2019', '2019-09-03'],
    ['3/9/2019', '2019-09-03'],
    ['2019-09-03', '2019-09-03'],
    ['29/02/2024', '2024-02-29'],
  ])('given « %s », when parsing, then gives %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each(['31/02/2024', '2019-13-01', '03-09-2019', 'hier', '01/01/1800'])('given « %s », when parsing, then refuses it', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('readRow', () => {
  it('given a complete line, when reading, then normalises every value', () => {
    const [row] = read(' M0100 ;Durand;Hélène;Helene.Durand@Mairie.TEST;Gestionnaire paie;Service Paie;Congé;03/09/2019;;Titulaire;c;01 23 45 67 89');
    expect(row.errors).toEqual([]);
    expect(row.values).toEqual({
      matricule: 'M0100', lastName: 'Durand', firstName: 'Hélène', workEmail: 'helene.durand@mairie.test', postTitle: 'Gestionnaire paie',
      unit: 'Service Paie', status: 'on_leave', startDate: '2019-09-03', departedOn: null, employment: 'titulaire', category: 'C', workPhone: '01 23 45 67 89',
    });
  });

  it('given empty optional cells, when reading, then they are null (the field is cleared) and absent columns are not there at all', () => {
    const [row] = read('M0100;Durand;Hélène;h@mairie.test;Poste;Unité;;;;;;');
    expect(row.values.workPhone).toBeNull();
    expect('grade' in row.values).toBe(false);
  });

  it('given an invalid e-mail, date, status, situation and category, when reading, then reports each with its code', () => {
    const [row] = read('M0100;Durand;Hélène;pas-une-adresse;Poste;Unité;vacances;31/02/2020;;stagiaire;D;');
    expect(row.errors.map((e) => e.code)).toEqual(['IMPORT.EMAIL_INVALID', 'IMPORT.STATUS_INVALID', 'IMPORT.DATE_INVALID', 'IMPORT.EMPLOYMENT_INVALID', 'IMPORT.CATEGORY_INVALID']);
    expect(row.errors.every((e) => e.message.length > 10)).toBe(true);
  });

  it('given missing required values, when reading, then reports each', () => {
    const [row] = read(';;;;;;actif;;;;;');
    expect(row.errors.map((e) => e.code)).toEqual([
      'IMPORT.MATRICULE_REQUIRED', 'IMPORT.NAME_REQUIRED', 'IMPORT.NAME_REQUIRED', 'IMPORT.EMAIL_REQUIRED', 'IMPORT.POST_TITLE_REQUIRED', 'IMPORT.UNIT_REQUIRED',
    ]);
  });

  it('given a malformed matricule, when reading, then reports it and keeps the cell for the report', () => {
    const [row] = read('M 01;Durand;Hélène;h@mairie.test;Poste;Unité;;;;;;');
    expect(row.errors.map((e) => e.code)).toEqual(['IMPORT.MATRICULE_INVALID']);
    expect(row.matricule).toBe('M 01');
  });

  it('given too few fields, when reading, then the line is malformed', () => {
    const [row] = read('M0100;Durand;Hélène');
    expect(row.errors).toEqual([expect.objectContaining({ code: 'IMPORT.MALFORMED_LINE', message: expect.stringContaining('3 champ(s) au lieu de 12') })]);
  });

  it('given trailing empty fields beyond the header, when reading, then accepts them', () => {
    expect(read('M0100;Durand;Hélène;h@mairie.test;Poste;Unité;;;;;;;;;')[0].errors).toEqual([]);
  });

  it('given a value longer than the form allows, when reading, then refuses it', () => {
    const [row] = read(`M0100;Durand;${'x'.repeat(81)};h@mairie.test;Poste;Unité;;;;;;`);
    expect(row.errors.map((e) => e.code)).toEqual(['IMPORT.VALUE_TOO_LONG']);
  });
});
