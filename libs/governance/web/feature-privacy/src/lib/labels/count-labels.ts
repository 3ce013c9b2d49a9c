import { plural } from '@maillage/shared/web-util';

/** « 1 décision enregistrée. », « 1 250 décisions enregistrées, les plus récentes d'abord. »: the order only matters from two on. */
export function newestFirstCount(count: number, one: string, many: string): string {
  return `${plural(count, one, many)}${count > 1 ? ", les plus récentes d'abord" : ''}.`;
}
