import { decodeImportFile } from './decode';

const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ é: 0xe9, è: 0xe8, ç: 0xe7, 'œ': 0x9c, '’': 0x92, '€': 0x80 })[c] ?? c.charCodeAt(0)));

describe('decodeImportFile', () => {
  it('given UTF-8 with a BOM, when decoding, then strips the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('prénom;nom')]);
    expect(decodeImportFile(bytes)).toEqual({ text: 'prénom;nom', encoding: 'utf-8' });
  });

  it('given UTF-8 without a BOM, when decoding, then reads it as UTF-8', () => {
    expect(decodeImportFile(new TextEncoder().encode('Hélène;Cœur'))).toEqual({ text: 'Hélène;Cœur', encoding: 'utf-8' });
  });

  it('given Windows-1252 with accents, curly apostrophe and œ, when decoding, then reads it as Windows-1252', () => {
    expect(decodeImportFile(windows1252('Hélène;Lecœur;l’été;5€'))).toEqual({ text: 'Hélène;Lecœur;l’été;5€', encoding: 'windows-1252' });
  });

  it('given plain ASCII, when decoding, then calls it UTF-8', () => {
    expect(decodeImportFile(new TextEncoder().encode('a;b')).encoding).toBe('utf-8');
  });

  it('given an empty file, when decoding, then refuses it', () => {
    expect(() => decodeImportFile(new Uint8Array())).toThrow(expect.objectContaining({ code: 'IMPORT.EMPTY_FILE' }));
  });

  it('given an Excel workbook, when decoding, then asks for a CSV export', () => {
    expect(() => decodeImportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toThrow(expect.objectContaining({ code: 'IMPORT.NOT_CSV' }));
  });

  it('given UTF-16, when decoding, then refuses it with its own code', () => {
    expect(() => decodeImportFile(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toThrow(expect.objectContaining({ code: 'IMPORT.ENCODING_UNSUPPORTED' }));
  });
});
