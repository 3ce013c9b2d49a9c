export { ProblemDetailsFilter } from './lib/problem-details.filter';
export type { ProblemDetails } from './lib/problem-details.filter';
export { CurrentActor, Public, RequireRoles, actorOf } from './lib/auth.decorators';
export type { AuthenticatedAccount } from './lib/auth.decorators';
export { JwtAuthGuard, RolesGuard } from './lib/auth.guards';
export { READ_MODEL_WAIT_MS, ReadYourWrites } from './lib/read-your-writes';
export { MAX_PAGE, PageRequest } from './lib/page.request';
export { MAX_JSON_DEPTH, jsonBodyProblem, verifyJsonBody } from './lib/json-body';
export { RequestSafetyPipe, isRealCalendarDate } from './lib/request-safety.pipe';
export { parseIfMatch, requireIfMatch } from './lib/if-match';
export { PinoNestLogger, createLogger, requestLogging } from './lib/logging';
export {
  AllowBlank,
  IsNotBlank,
  IsNullable,
  IsOptionalNotNull,
  IsOptionalNullable,
  QueryInt,
  VALIDATION_PIPE_OPTIONS,
  blankAllowedPropertiesOf,
  createValidationPipe,
  nullablePropertiesOf,
} from './lib/validation';
export { ExportsPersonalData, PersonalDataSources } from './lib/personal-data-sources';
export { DATABASE_UNAVAILABLE, databaseUnavailableProblem, isDatabaseUnavailable } from './lib/database-unavailable';
export { errorForLog } from './lib/error-for-log';
export type { LoggedError } from './lib/error-for-log';
export { IDEMPOTENCY_HEADER, IdempotencyInterceptor, REPLAYED_HEADER } from './lib/idempotency/idempotency.interceptor';
export { IDEMPOTENCY_OPTIONS, IDEMPOTENCY_STORE } from './lib/idempotency/idempotency-store';
export type { IdempotencyClaim, IdempotencyOptions, IdempotencyStore, StoredAnswer } from './lib/idempotency/idempotency-store';
