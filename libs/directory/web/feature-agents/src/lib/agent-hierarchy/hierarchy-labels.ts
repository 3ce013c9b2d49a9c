const count = new Intl.NumberFormat('fr-FR');

export function indirectReportsLabel(indirect: number): string {
  if (indirect === 0) return 'Aucun agent encadré indirectement.';
  return indirect === 1 ? '1 agent encadré indirectement.' : `${count.format(indirect)} agents encadrés indirectement.`;
}

export function teamLinkLabel(teamSize: number): string {
  return teamSize === 1 ? "Voir toute l'équipe (1 agent)" : `Voir toute l'équipe (${count.format(teamSize)} agents)`;
}
