import { ImportColumn, mapHeader } from './columns';
import { Delimiter, detectDelimiter, parseCsv } from './csv';
import { ImportEncoding, decodeImportFile } from './decode';
import { fileError, issue } from './import-errors';
import { ImportRow, readRow } from './rows';

/** Far above a town hall's headcount; keeps a mistaken upload from occupying the server. */
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportFile {
  readonly encoding: ImportEncoding;
  readonly delimiter: Delimiter;
  readonly columns: ReadonlySet<ImportColumn>;
  /** Headers that match no documented column. */
  readonly ignoredColumns: readonly string[];
  /** Every data line, in file order, each with the problems found on it alone. */
  readonly rows: readonly ImportRow[];
}

/** Bytes → rows: encoding, delimiter, header, records, per-cell checks. Throws only for the file as a whole. */
export function readImportFile(bytes: Uint8Array): ImportFile {
  const { text, encoding } = decodeImportFile(bytes);
  const delimiter = detectDelimiter(text);
  const { records, problems } = parseCsv(text, delimiter);
  const [headerRecord, ...data] = records;
  if (!headerRecord) throw fileError('EMPTY_FILE', 'Le fichier ne contient aucune ligne.');
  const headerProblem = problems.find((p) => p.line <= headerRecord.line);
  if (headerProblem) throw fileError('HEADER_MALFORMED', `L’en-tête (ligne ${headerProblem.line}) est mal formé : ${headerProblem.message}.`);
  const header = mapHeader(headerRecord.fields);
  const rows: ImportRow[] = data.map((record) => readRow(record, header, headerRecord.fields.length));
  for (const problem of problems) {
    rows.push({ line: problem.line, matricule: null, values: {}, errors: [issue('MALFORMED_LINE', `Ligne mal formée : ${problem.message}.`)] });
  }
  if (rows.length === 0) throw fileError('NO_ROWS', 'Le fichier ne contient que l’en-tête : aucun agent à importer.');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw fileError('TOO_MANY_ROWS', `Le fichier compte ${rows.length} lignes ; un import en accepte au plus ${MAX_IMPORT_ROWS}.`);
  }
  rows.sort((a, b) => a.line - b.line);
  return { encoding, delimiter, columns: header.present, ignoredColumns: header.ignored, rows };
}
