import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt } from 'class-validator';

/** Plain decimal digits, at most 9 of them: what a page number or a limit is written as. */
const DIGITS = /^(0|[1-9]\d{0,8})$/;

/**
 * An integer read from a query string. `@Type(() => Number)` turned "1e20" into 1e20 (an
 * integer to `@IsInt`, an overflow to PostgreSQL), " " into 0 and "0x10" into 16; here only
 * plain digits become a number, anything else stays text and fails `@IsInt()`.
 */
export const QueryInt = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' && DIGITS.test(value) ? Number(value) : value)),
    IsInt({ message: ({ property }) => `« ${property} » doit être un nombre entier écrit en chiffres.` }),
  );
