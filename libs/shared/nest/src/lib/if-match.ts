import { BadRequestException } from '@nestjs/common';

/** Reads `If-Match: "3"` (or `W/"3"`) as stream version 3. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) {
    throw new BadRequestException({ code: 'REQUEST.INVALID_IF_MATCH', message: 'En-tête If-Match invalide : attendu la version de la fiche, par exemple "3".' });
  }
  return Number(match[1]);
}
