import { createHash, randomBytes } from 'node:crypto';

export interface SignInOptions {
  /** The OpenID provider (RunningSystem.urls.identity). */
  readonly issuer: string;
  readonly clientId: string;
  /** A registered redirect URI of the client (`<webOrigin>/auth/callback`). */
  readonly redirectUri: string;
  readonly personRef: string;
  readonly locale?: 'kk' | 'ru' | 'en';
}

export interface SignedIn {
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly idToken?: string;
  readonly expiresIn: number;
}

/**
 * Signs a directory person in at the local provider the way the web app does (authorization code + PKCE),
 * over plain HTTP: the login page's form is posted with the person chosen, the code exchanged for tokens.
 */
export async function signIn(options: SignInOptions): Promise<SignedIn> {
  const cookies = new Map<string, string>();
  const hop = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(new URL(url, options.issuer), { ...init, headers, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return res;
  };
  const follow = async (url: string, init?: RequestInit): Promise<{ res: Response; at: string }> => {
    let at = new URL(url, options.issuer).toString();
    let res = await hop(at, init);
    while (res.status >= 300 && res.status < 400) {
      at = new URL(res.headers.get('location')!, at).toString();
      if (!at.startsWith(options.issuer)) break;
      res = await hop(at);
    }
    return { res, at };
  };

  const verifier = randomBytes(32).toString('base64url');
  const login = await follow(
    `/auth?${new URLSearchParams({
      client_id: options.clientId,
      response_type: 'code',
      redirect_uri: options.redirectUri,
      scope: 'openid profile offline_access',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      state: randomBytes(8).toString('hex'),
      ui_locales: options.locale ?? 'ru',
    }).toString()}`,
  );
  const action = /action="([^"]+)"/.exec(await login.res.text())?.[1];
  if (login.res.status !== 200 || !action) throw new Error(`no login page (HTTP ${login.res.status})`);
  const done = await follow(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ personRef: options.personRef, locale: options.locale ?? 'ru' }),
  });
  const code = done.at.startsWith(options.redirectUri) ? new URL(done.at).searchParams.get('code') : null;
  if (!code) throw new Error(`${options.personRef} was not signed in (HTTP ${done.res.status})`);
  const token = await fetch(`${options.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: options.redirectUri,
      client_id: options.clientId,
      code_verifier: verifier,
    }),
  });
  if (token.status !== 200) throw new Error(`token endpoint answered ${token.status}: ${await token.text()}`);
  const body = (await token.json()) as {
    access_token: string;
    refresh_token?: string;
    id_token?: string;
    expires_in: number;
  };
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    idToken: body.id_token,
    expiresIn: body.expires_in,
  };
}
