import type { RequirementDraft, TeamDraftErrors } from '@maillage/competences/web/data-access';

/** The form's errors as sentences for the summary at its top, in the order of the fields. */
export function errorList(errors: TeamDraftErrors, rows: readonly RequirementDraft[]): string[] {
  const lines: string[] = [];
  if (errors.title) lines.push(errors.title);
  if (errors.requirements) lines.push(errors.requirements);
  rows.forEach((row, i) => {
    const rowErrors = errors.rows?.[row.key];
    if (rowErrors?.skill) lines.push(`Compétence ${i + 1} : ${rowErrors.skill}`);
    if (rowErrors?.count) lines.push(`Compétence ${i + 1} : ${rowErrors.count}`);
  });
  if (errors.maxSize) lines.push(errors.maxSize);
  if (errors.directions) lines.push(errors.directions);
  if (errors.fixedMembers) lines.push(errors.fixedMembers);
  return lines;
}
