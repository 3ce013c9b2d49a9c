/**
 * Who may call what, as data: one row per endpoint, one expected status per
 * caller. `authorization-matrix.e2e.spec.ts` turns every cell into a test.
 * Callers: anonymous; agent (reading a colleague); self (the agent on their own
 * data); manager (of that agent); hr; admin (DLSI); committee.
 */
export type Caller = 'anonymous' | 'agent' | 'self' | 'manager' | 'hr' | 'admin' | 'committee';

export interface MatrixRow {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** `:subject` is the demo `agent`; `:other` is a colleague of nobody involved. */
  readonly path: string;
  readonly body?: unknown;
  readonly expect: Readonly<Record<Caller, number>>;
}

const everyone = (status: number, anonymous = 401): Record<Caller, number> => ({
  anonymous, agent: status, self: status, manager: status, hr: status, admin: status, committee: status,
});

export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  { method: 'GET', path: '/api/health', expect: everyone(200, 200) },
  { method: 'GET', path: '/api/health/live', expect: everyone(200, 200) },
  { method: 'GET', path: '/api/health/ready', expect: everyone(200, 200) },
  { method: 'GET', path: '/api/agents?q=a', expect: everyone(200) },
  { method: 'GET', path: '/api/agents/:subject', expect: everyone(200) },
  { method: 'GET', path: '/api/agents/:subject/hr', expect: everyone(200) },
  { method: 'GET', path: '/api/agents/:subject/hierarchy', expect: everyone(200) },
  { method: 'GET', path: '/api/agents/:subject/team', expect: everyone(200) },
  { method: 'GET', path: '/api/agents/:subject/changes', expect: { ...everyone(403), self: 200, hr: 200 } },
  { method: 'GET', path: '/api/org-units', expect: everyone(200) },
  { method: 'GET', path: '/api/org-chart', expect: everyone(200) },
  { method: 'POST', path: '/api/agents', body: { firstName: 'Test', lastName: 'Matrice', postTitle: 'Essai', workEmail: 'test.matrice@mairie-exemple.fr' }, expect: { ...everyone(403), hr: 201, admin: 201 } },
  { method: 'PUT', path: '/api/agents/:subject/status', body: { status: 'active' }, expect: { ...everyone(403), hr: 200, admin: 200 } },
  { method: 'POST', path: '/api/org-units', body: { name: 'Unité de la matrice', kind: 'direction' }, expect: { ...everyone(403), hr: 201, admin: 201 } },
  { method: 'GET', path: '/api/imports', expect: { ...everyone(403), hr: 200, admin: 200 } },
  { method: 'POST', path: '/api/imports/00000000-0000-4000-8000-000000000000/apply', expect: { ...everyone(403), hr: 404, admin: 404 } },
  { method: 'POST', path: '/api/admin/projections/competences/parked/retry', expect: { ...everyone(403), admin: 200 } },
  // « Comptes »: the DLSI only. Changes to an unknown account answer 404 to admins (nothing is created by the sweep but one account).
  { method: 'GET', path: '/api/admin/accounts', expect: { ...everyone(403), admin: 200 } },
  { method: 'GET', path: '/api/admin/accounts/00000000-0000-4000-8000-000000000000', expect: { ...everyone(403), admin: 404 } },
  { method: 'POST', path: '/api/admin/accounts', body: { username: 'matrice', roles: [] }, expect: { ...everyone(403), admin: 201 } },
  { method: 'POST', path: '/api/admin/accounts/00000000-0000-4000-8000-000000000000/password-reset', expect: { ...everyone(403), admin: 428 } },
  { method: 'POST', path: '/api/admin/accounts/00000000-0000-4000-8000-000000000000/disable', expect: { ...everyone(403), admin: 428 } },
  { method: 'POST', path: '/api/admin/accounts/00000000-0000-4000-8000-000000000000/enable', expect: { ...everyone(403), admin: 428 } },
  { method: 'PUT', path: '/api/admin/accounts/00000000-0000-4000-8000-000000000000/roles', body: { roles: ['hr'] }, expect: { ...everyone(403), admin: 404 } },
  { method: 'GET', path: '/api/skills', expect: everyone(200) },
  { method: 'GET', path: '/api/skills/sig/history', expect: { ...everyone(403), admin: 200 } },
  // A saved set is its author's and HR's: anyone else is told it does not exist, like an unknown id (saved-proposals.e2e.spec.ts).
  { method: 'GET', path: '/api/team-builder/proposals/00000000-0000-4000-8000-000000000000', expect: everyone(404) },
  { method: 'GET', path: '/api/me/views', expect: everyone(200) },
  { method: 'GET', path: '/api/me/sharing', expect: everyone(200) },
  { method: 'GET', path: '/api/me/data', expect: everyone(200) },
  { method: 'GET', path: '/api/governance/policy', expect: everyone(200) },
  { method: 'GET', path: '/api/governance/decisions', expect: everyone(200) },
  { method: 'GET', path: '/api/governance/audit', expect: { ...everyone(403), hr: 200 } },
  { method: 'GET', path: '/api/governance/audit/figures', expect: { ...everyone(403), hr: 200, committee: 200 } },
  {
    method: 'POST',
    path: '/api/governance/decisions',
    body: { decidedOn: '2026-12-01', title: 'Décision de la matrice', participants: ['Comité'], rationale: 'Vérifie les droits.', rules: [{ field: 'hrCode', audiences: ['hr'] }] },
    expect: { ...everyone(403), committee: 201 },
  },
];
