export { AllowBlank, IsNullable, IsOptionalNotNull, IsOptionalNullable, blankAllowedPropertiesOf, nullablePropertiesOf } from './nullability';
export { IsNotBlank } from './text';
export { QueryInt } from './query-int';
export { VALIDATION_PIPE_OPTIONS, createValidationPipe } from './validation-pipe';
