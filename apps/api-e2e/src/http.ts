/** A tiny client over real HTTP (Node's fetch) for the e2e suites. */
export class Http {
  constructor(
    readonly baseUrl: string,
    private token: string | null = null,
    private readonly headers: Record<string, string> = {},
  ) {}

  as(token: string | null, headers: Record<string, string> = {}): Http {
    return new Http(this.baseUrl, token, headers);
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...this.headers,
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : null;
    return { status: response.status, headers: response.headers, body: json, text };
  }

  get(path: string, headers?: Record<string, string>) {
    return this.call('GET', path, undefined, headers);
  }
  post(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.call('POST', path, body, headers);
  }
  patch(path: string, body: unknown, headers?: Record<string, string>) {
    return this.call('PATCH', path, body, headers);
  }
}

export const DEMO_PASSWORD = 'Maillage-Demo-2026';

export async function login(http: Http, username: string, password = DEMO_PASSWORD, ip = '198.51.100.10') {
  const response = await http.post('/api/auth/login', { username, password }, { 'x-forwarded-for': ip });
  if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${response.text}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return { token: response.body.accessToken as string, cookie, account: response.body.account };
}
