import { detectDelimiter, parseCsv } from './csv';

describe('detectDelimiter', () => {
  it('given a header with semicolons, when detecting, then picks the semicolon', () => {
    expect(detectDelimiter('matricule;nom;prenom\r\nM1;Durand;Hélène')).toBe(';');
  });

  it('given a header with commas, when detecting, then picks the comma', () => {
    expect(detectDelimiter('matricule,nom,prenom\nM1,Durand,Hélène')).toBe(',');
  });

  it('given commas inside a quoted header field, when detecting, then they do not count', () => {
    expect(detectDelimiter('"nom, prénom";"matricule"\n')).toBe(';');
  });

  it('given a single column, when detecting, then falls back to the semicolon', () => {
    expect(detectDelimiter('matricule\nM1')).toBe(';');
  });
});

describe('parseCsv', () => {
  it('given plain records with CRLF, when parsing, then returns fields with their line numbers', () => {
    const { records, problems } = parseCsv('a;b\r\n1;2\r\n3;4\r\n', ';');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('given LF and lone CR line breaks and no final break, when parsing, then counts each as a line', () => {
    const { records } = parseCsv('a;b\n1;2\r3;4', ';');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
  });

  it('given quoted fields with delimiters and doubled quotes, when parsing, then unquotes them', () => {
    const { records } = parseCsv('"Dupont; Martin";"Il dit ""bonjour""";""\n', ';');
    expect(records[0].fields).toEqual(['Dupont; Martin', 'Il dit "bonjour"', '']);
  });

  it('given a quoted field spanning lines, when parsing, then the record keeps its starting line and the next one the right line', () => {
    const { records } = parseCsv('a;b\r\n1;"Bâtiment A\r\nbureau 12"\r\n2;x\r\n', ';');
    expect(records[1]).toEqual({ line: 2, fields: ['1', 'Bâtiment A\nbureau 12'] });
    expect(records[2]).toEqual({ line: 4, fields: ['2', 'x'] });
  });

  it('given blank lines and lines of bare delimiters, when parsing, then skips them but keeps counting', () => {
    const { records } = parseCsv('a;b\n\n;\n1;2\n', ';');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['1', '2'] },
    ]);
  });

  it('given empty fields, when parsing, then keeps them as empty strings', () => {
    expect(parseCsv('1;;3;\n', ';').records[0].fields).toEqual(['1', '', '3', '']);
  });

  it('given a quote in the middle of an unquoted field, when parsing, then reports that line and reads the next ones', () => {
    const { records, problems } = parseCsv('a;b\n1;Jean "Jo" Dupont\n2;ok\n', ';');
    expect(problems).toEqual([{ line: 2, message: expect.stringContaining('guillemet') }]);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
  });

  it('given text after a closing quote, when parsing, then reports that line and reads the next ones', () => {
    const { records, problems } = parseCsv('a;b\n1;"abc"def\n2;ok\n', ';');
    expect(problems.map((p) => p.line)).toEqual([2]);
    expect(records.map((r) => r.fields)).toEqual([['a', 'b'], ['2', 'ok']]);
  });

  it('given a quote never closed, when parsing, then reports its line and reads again from the following line', () => {
    const { records, problems } = parseCsv('a;b\n1;"unterminated\n2;ok\n3;fine\n', ';');
    expect(problems).toEqual([{ line: 2, message: 'guillemet ouvrant jamais refermé' }]);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it('given commas as delimiter, when parsing, then semicolons are ordinary text', () => {
    expect(parseCsv('a,b;c\n', ',').records[0].fields).toEqual(['a', 'b;c']);
  });
});
