import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { AUTHORIZATION_MATRIX, Caller } from './authorization-matrix';
import { Http, login } from './http';

let app: AppUnderTest;
const clients = new Map<Caller, Http>();
let subject: string;

const USERNAMES: Record<Exclude<Caller, 'anonymous' | 'agent'>, string> = { self: 'agent', manager: 'manager', hr: 'rh', admin: 'admin', committee: 'comite' };

beforeAll(async () => {
  app = await startAppUnderTest();
  const http = new Http(app.baseUrl);
  clients.set('anonymous', http);
  for (const [caller, username] of Object.entries(USERNAMES) as [Caller, string][]) {
    const session = await login(http, username);
    clients.set(caller, http.as(session.token));
    if (caller === 'self') subject = session.account.agentId;
  }
  // "agent" is the same plain agent as "self", reading someone else's data (see subjectFor).
  clients.set('agent', clients.get('self')!);
}, 120_000);
afterAll(() => app?.stop());

/** The agent caller reads a colleague (the manager), so `self` and `agent` differ only by subject. */
async function subjectFor(caller: Caller): Promise<string> {
  if (caller !== 'agent') return subject;
  const hierarchy = await clients.get('self')!.get(`/api/agents/${subject}/hierarchy`);
  return hierarchy.body.managers[0].id;
}

const cells = AUTHORIZATION_MATRIX.flatMap((row) =>
  (Object.entries(row.expect) as [Caller, number][]).map(([caller, status]) => [`${row.method} ${row.path}`, caller, status, row] as const),
);

describe('authorization matrix (role × endpoint)', () => {
  it.each(cells)('%s as %s → %i', async (_name, caller, status, row) => {
    const path = row.path.replace(':subject', await subjectFor(caller));
    const response = await clients.get(caller)!.call(row.method, path, row.body, row.method === 'PUT' || row.method === 'PATCH' ? { 'if-match': '"0"' } : {});
    expect(response.status).toBe(status);
    if (status >= 400) expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
