import { DomainError } from '@maillage/shared/kernel';

/** A problem with a row: a stable code and a message in French for the report. */
export interface RowIssue {
  readonly code: string;
  readonly message: string;
}

export const issue = (code: string, message: string): RowIssue => ({ code: `IMPORT.${code}`, message });

/** The file as a whole cannot be read (encoding, header…): nothing is planned. */
export const fileError = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(`IMPORT.${code}`, 'invalid', message, details);
