export type Delimiter = ';' | ',';

/** One CSV record and the physical line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedCsv {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The header decides: whichever of `;` and `,` it holds more of, outside quotes. French exports use `;`. */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

interface RecordRead {
  readonly fields: string[];
  readonly problem?: string;
  /** The record ran to the end of the file inside quotes: resume on the next physical line. */
  readonly unclosed?: boolean;
}

class Cursor {
  constructor(
    readonly text: string,
    public pos: number,
    public line: number,
  ) {}

  /** At a line break: step over it (CRLF, LF or a lone CR) and count the line. */
  skipBreak(): boolean {
    const c = this.text.charCodeAt(this.pos);
    if (c === CR) {
      this.pos += this.text.charCodeAt(this.pos + 1) === LF ? 2 : 1;
    } else if (c === LF) {
      this.pos += 1;
    } else {
      return false;
    }
    this.line++;
    return true;
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** Recovery from a malformed record: drop the rest of the physical line. */
  skipLine(): void {
    while (!this.atEnd() && !this.skipBreak()) this.pos++;
  }
}

function readQuoted(cursor: Cursor): { value: string; closed: boolean } {
  const { text } = cursor;
  cursor.pos++;
  let value = '';
  let chunkStart = cursor.pos;
  while (!cursor.atEnd()) {
    const c = text.charCodeAt(cursor.pos);
    if (c === QUOTE) {
      value += text.slice(chunkStart, cursor.pos);
      if (text.charCodeAt(cursor.pos + 1) === QUOTE) {
        value += '"';
        cursor.pos += 2;
        chunkStart = cursor.pos;
        continue;
      }
      cursor.pos++;
      return { value, closed: true };
    }
    if (c === CR || c === LF) {
      value += text.slice(chunkStart, cursor.pos);
      cursor.skipBreak();
      // Line breaks inside a field are kept as \n whatever the file used.
      value += '\n';
      chunkStart = cursor.pos;
      continue;
    }
    cursor.pos++;
  }
  return { value: value + text.slice(chunkStart), closed: false };
}

function readRecord(cursor: Cursor, delimiter: Delimiter): RecordRead {
  const { text } = cursor;
  const delim = delimiter.charCodeAt(0);
  const fields: string[] = [];
  const fail = (problem: string): RecordRead => {
    cursor.skipLine();
    return { fields, problem };
  };
  for (;;) {
    if (text.charCodeAt(cursor.pos) === QUOTE) {
      const { value, closed } = readQuoted(cursor);
      if (!closed) return { fields, problem: 'guillemet ouvrant jamais refermé', unclosed: true };
      fields.push(value);
      const next = text.charCodeAt(cursor.pos);
      if (!cursor.atEnd() && next !== delim && next !== CR && next !== LF) return fail('caractère inattendu après un guillemet fermant');
    } else {
      const start = cursor.pos;
      while (!cursor.atEnd()) {
        const c = text.charCodeAt(cursor.pos);
        if (c === delim || c === CR || c === LF) break;
        if (c === QUOTE) return fail('guillemet au milieu d’un champ (un champ contenant des guillemets doit être entre guillemets, "" pour un guillemet)');
        cursor.pos++;
      }
      fields.push(text.slice(start, cursor.pos));
    }
    if (cursor.atEnd()) return { fields };
    if (text.charCodeAt(cursor.pos) === delim) {
      cursor.pos++;
      continue;
    }
    cursor.skipBreak();
    return { fields };
  }
}

const isBlank = (fields: readonly string[]) => fields.every((f) => f.trim() === '');

/**
 * RFC 4180 with the habits of real exports: `;` or `,`, CRLF, LF or CR line
 * breaks, quoted fields that may hold delimiters, `""` and line breaks.
 * A malformed record is reported with the line it starts on and skipped; the
 * records after it are still read. Blank lines (even `;;;;`) are ignored.
 */
export function parseCsv(text: string, delimiter: Delimiter): ParsedCsv {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const cursor = new Cursor(text, 0, 1);
  while (!cursor.atEnd()) {
    const line = cursor.line;
    const start = cursor.pos;
    const read = readRecord(cursor, delimiter);
    if (read.unclosed) {
      problems.push({ line, message: read.problem ?? '' });
      // Everything after the quote was swallowed: read again from the next physical line.
      const resume = new Cursor(text, start, line);
      resume.skipLine();
      cursor.pos = resume.pos;
      cursor.line = resume.line;
      continue;
    }
    if (read.problem) problems.push({ line, message: read.problem });
    else if (!isBlank(read.fields)) records.push({ line, fields: read.fields });
  }
  return { records, problems };
}
