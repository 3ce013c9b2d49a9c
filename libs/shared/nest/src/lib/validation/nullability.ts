import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

/**
 * class-validator's `@IsOptional()` skips every check for `null` as well as for an absent
 * field, so `{"scope": null}` used to reach the deciders and the log. These say which of
 * the two a request field may be, and the request walk test (tools/lint) holds every
 * request class to it: `null` is refused unless the field is declared nullable here.
 */

const nullable = new WeakMap<object, Set<string>>();
const blankAllowed = new WeakMap<object, Set<string>>();

const mark = (registry: WeakMap<object, Set<string>>): PropertyDecorator => (target, property) => {
  const names = registry.get(target.constructor) ?? new Set<string>();
  names.add(String(property));
  registry.set(target.constructor, names);
};

/** Properties of a request class (and its parents) declared by name in a registry. */
function declared(registry: WeakMap<object, Set<string>>, requestClass: object): ReadonlySet<string> {
  const names = new Set<string>();
  for (let current: object | null = requestClass; current && current !== Function.prototype; current = Object.getPrototypeOf(current)) {
    registry.get(current)?.forEach((name) => names.add(name));
  }
  return names;
}

/** Fields of a request class where `null` is a meaning of its own (clear the value). */
export const nullablePropertiesOf = (requestClass: object): ReadonlySet<string> => declared(nullable, requestClass);
/** Fields of a request class where blank text is accepted (it means "no filter"). */
export const blankAllowedPropertiesOf = (requestClass: object): ReadonlySet<string> => declared(blankAllowed, requestClass);

const notNull = (validationOptions?: ValidationOptions) =>
  ValidateBy(
    { name: 'isNotNull', validator: { validate: (value: unknown) => value !== null, defaultMessage: (args) => `« ${args?.property} » ne peut pas valoir null : omettez-le pour ne pas le changer.` } },
    validationOptions,
  );

/** The field may be absent; when present, it is checked, `null` included (and refused). */
export const IsOptionalNotNull = (): PropertyDecorator => applyDecorators(ValidateIf((_: unknown, value: unknown) => value !== undefined), notNull());

/** The field must be present; `null` means "none" or "clear it", any other value is checked. */
export const IsNullable = (): PropertyDecorator => applyDecorators(ValidateIf((_: unknown, value: unknown) => value !== null), mark(nullable));

/** The field may be absent or `null` ("clear it"); any other value is checked. */
export const IsOptionalNullable = (): PropertyDecorator =>
  applyDecorators(ValidateIf((_: unknown, value: unknown) => value !== null && value !== undefined), mark(nullable));

/** Blank text is accepted and means "no filter" (search boxes send what was typed). Says so to the request walk test. */
export const AllowBlank = (): PropertyDecorator => mark(blankAllowed);
