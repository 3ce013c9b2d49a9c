const count = new Intl.NumberFormat('fr-FR');

export function teamCountLabel(total: number): string {
  if (total === 0) return 'Aucun agent dans cette équipe.';
  return total === 1 ? '1 agent dans cette équipe.' : `${count.format(total)} agents dans cette équipe.`;
}

/** Depth 1 reports to the manager directly; deeper ones through others. */
export function teamLevelLabel(depth: number): string {
  return depth <= 1 ? 'Rattachement direct' : `Niveau ${depth}`;
}
