import { ValidationPipe, ValidationPipeOptions } from '@nestjs/common';

/**
 * The one set of validation options for every request; the request walk test
 * (tools/lint) validates with the same ones. No implicit conversion: a query
 * number is converted only where the request class says how (`@QueryInt()`).
 */
export const VALIDATION_PIPE_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  forbidUnknownValues: true,
  stopAtFirstError: false,
};

export const createValidationPipe = (overrides: ValidationPipeOptions = {}): ValidationPipe => new ValidationPipe({ ...VALIDATION_PIPE_OPTIONS, ...overrides });
