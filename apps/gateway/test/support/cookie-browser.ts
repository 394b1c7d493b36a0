import type { Gateway } from '../../src/create-gateway.js';

/**
 * A browser's part of a sign-in, in-process: it keeps the cookies the gateway sets (and drops
 * the ones it removes), and sends them back, as a browser on wijknet's origin would.
 */
export class CookieBrowser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly gateway: Gateway,
    readonly origin = 'http://localhost',
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader());
    const url = path.startsWith('http') ? path : `${this.origin}${path}`;
    const response = await this.gateway.fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const removed = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (removed) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  /** A GraphQL request the web app would make: JSON, with the CSRF header. */
  async graphql(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = { 'x-wijknet-csrf': '1' },
  ) {
    const response = await this.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
    return { status: response.status, headers: response.headers, body };
  }
}
