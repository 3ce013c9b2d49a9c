import { fileError } from './import-errors';

export type ImportEncoding = 'utf-8' | 'windows-1252';

export interface DecodedFile {
  readonly text: string;
  readonly encoding: ImportEncoding;
}

/**
 * Windows-1252 bytes 0x80–0x9F (€, ’, œ, …); the rest is Latin-1. Written out
 * because Node 20's TextDecoder('windows-1252') decodes these as C1 controls.
 * Unassigned bytes map to the C1 control of the same value, as WHATWG does.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let chunk = '';
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    chunks.push(chunk);
  }
  return chunks.join('');
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
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}
