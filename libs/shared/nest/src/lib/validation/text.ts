import { ValidateBy, ValidationOptions } from 'class-validator';

/** Text with at least one visible character: `''` and `'   '` are not a name, a label or a title. */
export const IsNotBlank = (validationOptions?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: (args) =>
          Array.isArray(args?.value) ? `« ${args?.property} » ne peut contenir que des textes non vides.` : `« ${args?.property} » doit être un texte non vide.`,
      },
    },
    validationOptions,
  );
