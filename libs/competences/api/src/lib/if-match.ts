import { HttpException, HttpStatus } from '@nestjs/common';
import { parseIfMatch } from '@maillage/shared/nest';

/**
 * Referential edits must say which version of the skill they were made on (If-Match), so
 * two admins working at once get a 409 instead of one silently undoing the other.
 * Same rule and code as the directory's; kept here since contexts do not share api code.
 */
export function requireIfMatch(header: string | undefined): number {
  const version = parseIfMatch(header);
  if (version === undefined) {
    throw new HttpException(
      { code: 'REQUEST.PRECONDITION_REQUIRED', message: 'Indiquez la version modifiée (en-tête If-Match), pour ne pas écraser une modification concurrente.' },
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
  return version;
}
