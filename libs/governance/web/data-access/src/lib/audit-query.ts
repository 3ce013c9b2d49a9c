import type { AuditCriteria } from './privacy.model';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day after a yyyy-mm-dd date, computed on the calendar (no time zone involved). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * Query parameters of GET /governance/audit. The API's `to` is exclusive; the form's
 * "au" day is included, so the search runs up to the start of the next day.
 */
export function auditParams(criteria: AuditCriteria): Record<string, string> {
  const params: Record<string, string> = { limit: String(criteria.limit) };
  if (criteria.viewerAgentId) params['viewerAgentId'] = criteria.viewerAgentId;
  if (criteria.subjectAgentId) params['subjectAgentId'] = criteria.subjectAgentId;
  if (criteria.field) params['field'] = criteria.field;
  if (criteria.from && ISO_DAY.test(criteria.from)) params['from'] = criteria.from;
  if (criteria.to && ISO_DAY.test(criteria.to)) params['to'] = nextDay(criteria.to);
  return params;
}

/** What is wrong with the period, in French, or null. */
export function auditPeriodError(criteria: Pick<AuditCriteria, 'from' | 'to'>): string | null {
  const { from, to } = criteria;
  if (from && !ISO_DAY.test(from)) return 'La date de début n’est pas une date valide.';
  if (to && !ISO_DAY.test(to)) return 'La date de fin n’est pas une date valide.';
  if (from && to && from > to) return 'La date de début doit précéder la date de fin.';
  return null;
}
