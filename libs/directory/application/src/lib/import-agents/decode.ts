import { fileError } from './import-errors';

export type ImportEncoding = 'utf-8' | 'windows-1252';

export interface DecodedFile {
  readonly text: string;
  readonly encoding: ImportEncoding;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Exports from the HR software come in UTF-8 (with or without a BOM) or in
 * Windows-1252 (Excel « CSV (séparateur : point-virgule) »). Valid UTF-8 is
 * taken as UTF-8: a Windows-1252 file with accents is almost never valid UTF-8.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) throw fileError('EMPTY_FILE', 'Le fichier est vide.');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw fileError('NOT_CSV', 'Ce fichier est un classeur Excel, pas un CSV : enregistrez-le au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw fileError('ENCODING_UNSUPPORTED', 'Ce fichier est encodé en UTF-16 : enregistrez-le en « CSV UTF-8 » ou en Windows-1252.');
  }
  if (bytes.includes(0)) throw fileError('NOT_CSV', 'Ce fichier contient des données binaires : ce n’est pas un fichier CSV.');
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}
