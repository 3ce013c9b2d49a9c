import { plural } from '@maillage/shared/web-util';

export function teamCountLabel(total: number): string {
  if (total === 0) return 'Aucun agent dans cette équipe.';
  return `${plural(total, 'agent', 'agents')} dans cette équipe.`;
}

/** Depth 1 reports to the manager directly; deeper ones through others. */
export function teamLevelLabel(depth: number): string {
  return depth <= 1 ? 'Rattachement direct' : `Niveau ${depth}`;
}
