import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { PLATFORM_PROBLEMS } from '@maillage/shared/contracts';

export const uuid = new ParseUUIDPipe({
  version: '4',
  exceptionFactory: () => new BadRequestException({ code: PLATFORM_PROBLEMS.REQUEST_INVALID_ID, message: 'Identifiant invalide.' }),
});
