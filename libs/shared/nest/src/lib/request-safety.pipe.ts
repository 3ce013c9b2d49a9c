import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { PLATFORM_PROBLEMS } from '@maillage/shared/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `id` and `<thing>Id` path parameters are UUIDs, except these readable ids ("marches-publics"). */
const READABLE_ID_PARAMS = new Set(['skillId']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** False for a string shaped like an ISO date that names no day of the calendar (2026-02-31, 2026-13-01). */
export function isRealCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return true;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}

function refuse(code: string, message: string): never {
  throw new BadRequestException({ code, message });
}

/** Walks a value (query object, body, parameter) and refuses what no field of ours accepts. */
function inspect(value: unknown, depth = 0): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) refuse(PLATFORM_PROBLEMS.REQUEST_NUL_CHARACTER, 'La requête contient un caractère nul : retirez-le.');
    if (!isRealCalendarDate(value)) refuse(PLATFORM_PROBLEMS.REQUEST_INVALID_DATE, `« ${value} » n’est pas une date du calendrier.`);
    return;
  }
  // Bodies are at most MAX_JSON_DEPTH deep already; the bound keeps a cyclic object from looping.
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value) || depth > 64) return;
  for (const item of Array.isArray(value) ? value : Object.values(value)) inspect(item, depth + 1);
}

/**
 * A global pipe, at the edge, for what no DTO should have to repeat: a NUL
 * character (PostgreSQL text cannot hold it), a date that is not in the
 * calendar, and a malformed id in the path — each a 400 with a stable code
 * instead of an error from the database.
 */
@Injectable()
export class RequestSafetyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const name = metadata.data;
    if (metadata.type === 'param' && typeof name === 'string' && (name === 'id' || name.endsWith('Id')) && !READABLE_ID_PARAMS.has(name)) {
      if (typeof value !== 'string' || !UUID.test(value)) refuse(PLATFORM_PROBLEMS.REQUEST_INVALID_ID, 'Identifiant invalide.');
    }
    inspect(value);
    return value;
  }
}
