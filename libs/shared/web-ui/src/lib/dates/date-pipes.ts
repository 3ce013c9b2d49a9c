import { Pipe, PipeTransform } from '@angular/core';
import { DateOnlyStyle, formatDateOnly, formatInstant, InstantStyle } from '@maillage/shared/web-util';

/** `{{ decidedOn | dateOnly }}` → « 7 décembre 2026 », in any browser time zone. */
@Pipe({ name: 'dateOnly' })
export class DateOnlyPipe implements PipeTransform {
  transform(value: string | null | undefined, style: DateOnlyStyle = 'long'): string {
    return formatDateOnly(value, style);
  }
}

/** `{{ recordedAt | instant }}` → « 7 décembre 2026 à 22:48 », Paris time. */
@Pipe({ name: 'instant' })
export class InstantPipe implements PipeTransform {
  transform(value: string | Date | null | undefined, style: InstantStyle = 'dateTime'): string {
    return formatInstant(value, style);
  }
}
