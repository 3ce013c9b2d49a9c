/** Why a read happened, as the API records it (the route that showed the fields). */
const PURPOSES: Readonly<Record<string, string>> = {
  'GET /api/agents/:id': 'Consultation de la fiche agent',
  'GET /api/agents/:id/hr': 'Consultation du dossier RH',
  'GET /api/agents/:id/changes': 'Consultation du journal des modifications',
};

/** An unknown purpose is shown as recorded: it is still a fact the agent is entitled to. */
export const purposeLabel = (purpose: string): string => PURPOSES[purpose] ?? purpose;
