import { createHash, randomBytes } from 'node:crypto';

/**
 * What a browser and oidc-client-ts do during authorization code + PKCE, over plain HTTP: a cookie jar,
 * redirects followed by hand (to see each hop), the code exchanged at the token endpoint.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly issuer: string) {}

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const res = await fetch(new URL(url, this.issuer), { ...init, headers, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    return res;
  }

  /** Follows redirects until a page is shown (2xx/4xx) or the redirect leaves the issuer (the callback). */
  async follow(url: string, init: RequestInit = {}): Promise<{ res: Response; url: string }> {
    let res = await this.request(url, init);
    let at = new URL(url, this.issuer).toString();
    while (res.status >= 300 && res.status < 400) {
      at = new URL(res.headers.get('location')!, at).toString();
      if (!at.startsWith(this.issuer)) return { res, url: at };
      res = await this.request(at);
    }
    return { res, url: at };
  }
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface Tokens {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  expires_in: number;
  token_type: string;
}

export async function tokenRequest(issuer: string, params: Record<string, string>): Promise<Response> {
  return fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
}
