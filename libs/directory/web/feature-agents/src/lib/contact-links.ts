/** `tel:` wants the digits only; the fiche keeps the number as the agent typed it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${email}`;
}

/** "Service — Direction", without repeating a direction that is its own unit. */
export function unitLine(unitName: string | null, directionName: string | null): string | null {
  const parts = [unitName, directionName].filter((part): part is string => !!part);
  return parts.length ? [...new Set(parts)].join(' — ') : null;
}
