import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

export const uuid = new ParseUUIDPipe({
  version: '4',
  exceptionFactory: () => new BadRequestException({ code: 'REQUEST.INVALID_ID', message: 'Identifiant invalide.' }),
});
