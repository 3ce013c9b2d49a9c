import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { PLATFORM_PROBLEMS } from '@maillage/shared/contracts';

/** Reads `If-Match: "3"` (or `W/"3"`) as stream version 3. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) {
    throw new BadRequestException({ code: PLATFORM_PROBLEMS.REQUEST_INVALID_IF_MATCH, message: 'En-tête If-Match invalide : attendu la version de la fiche, par exemple "3".' });
  }
  return Number(match[1]);
}

/** Edits must say which version they were made on, so a concurrent edit fails with 409 instead of being overwritten. */
export function requireIfMatch(header: string | undefined): number {
  const version = parseIfMatch(header);
  if (version === undefined) {
    throw new HttpException(
      { code: PLATFORM_PROBLEMS.REQUEST_PRECONDITION_REQUIRED, message: 'Indiquez la version modifiée (en-tête If-Match), pour ne pas écraser une modification concurrente.' },
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
  return version;
}
