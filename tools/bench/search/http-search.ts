import { FoundAgent, SearchPage, pageOf } from './search-page';

/** GET /api/agents?q=…&pageSize=20 as the web app sends it (fetch keeps the connection alive). */
export async function httpSearch(baseUrl: string, token: string, text: string): Promise<SearchPage> {
  const response = await fetch(`${baseUrl}/api/agents?q=${encodeURIComponent(text)}&pageSize=20`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`GET /api/agents?q=${text}: HTTP ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { items: FoundAgent[]; total: number };
  return pageOf(body.items, body.total);
}

/** GET /api/auth/me: a bearer token checked, the account reloaded, a small answer. What any authenticated request costs. */
export async function httpMe(baseUrl: string, token: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/auth/me: HTTP ${response.status}`);
  await response.arrayBuffer();
}
