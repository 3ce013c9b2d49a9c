import { plural } from '@maillage/shared/web-util';

export function indirectReportsLabel(indirect: number): string {
  if (indirect === 0) return 'Aucun agent encadré indirectement.';
  return `${plural(indirect, 'agent encadré', 'agents encadrés')} indirectement.`;
}

export function teamLinkLabel(teamSize: number): string {
  return `Voir toute l'équipe (${plural(teamSize, 'agent', 'agents')})`;
}
