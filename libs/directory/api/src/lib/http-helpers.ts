import { BadRequestException, HttpException, HttpStatus, ParseUUIDPipe } from '@nestjs/common';
import { parseIfMatch } from '@maillage/shared/nest';

export const uuid = new ParseUUIDPipe({
  version: '4',
  exceptionFactory: () => new BadRequestException({ code: 'REQUEST.INVALID_ID', message: 'Identifiant invalide.' }),
});

/** Edits must say which version they were made on, so a concurrent edit fails with 409 instead of being overwritten. */
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
