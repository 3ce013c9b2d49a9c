import { City } from '../city/open-city';
import { LatencySummary, runSeriesInRounds, summarize } from '../concurrency';

export interface ProfileReadsReport {
  readonly clients: number;
  readonly subjects: number;
  /** GET /api/agents/:id by the HR user: relation lookup, 8 fields shown, one audit entry per read. */
  readonly audited: LatencySummary;
  /** The same profiles read by their own agents: the policy runs, no relation lookup, no audit. */
  readonly self: LatencySummary;
  readonly auditedFieldsShown: number;
}

async function getProfile(baseUrl: string, token: string, agentId: string): Promise<{ sensitive: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}/api/agents/${agentId}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/agents/${agentId}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as { sensitive: Record<string, unknown> };
}

/** The fiche over HTTP, the same subjects read by HR (audited) and by themselves (not audited), alternating rounds. */
export async function runProfileReads(city: City, options: { readonly requests: number; readonly rounds: number; readonly clients: number }): Promise<ProfileReadsReport> {
  const subjects = city.selves;
  let shown = 0;
  const series = [
    {
      key: 'audited' as const,
      task: async (i: number) => {
        const profile = await getProfile(city.baseUrl, city.hr.token, subjects[i % subjects.length].agentId);
        shown = Object.keys(profile.sensitive).length;
      },
    },
    {
      key: 'self' as const,
      task: async (i: number) => {
        const self = subjects[i % subjects.length];
        await getProfile(city.baseUrl, self.token, self.agentId);
      },
    },
  ];
  await runSeriesInRounds(series, { clients: options.clients, requests: 2 * options.clients, rounds: 1, capMs: 10_000 });
  const runs = await runSeriesInRounds(series, { ...options, capMs: 120_000 });
  return { clients: options.clients, subjects: subjects.length, audited: summarize(runs.audited), self: summarize(runs.self), auditedFieldsShown: shown };
}
