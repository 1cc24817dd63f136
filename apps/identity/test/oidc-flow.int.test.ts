import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, freePort, startProcess, waitFor, type ManagedProcess } from '@qorgau/devstack';
import { Browser, pkce, tokenRequest, type Tokens } from './support/browser';

const exec = promisify(execFile);
const HOST = '127.0.0.1';
const WEB = 'http://127.0.0.1:5999';
const REDIRECT = `${WEB}/auth/callback`;
const CASES_DIR = join(__dirname, '..', '..', 'cases-service');

/**
 * Issue 11: a person signs in through the local OpenID provider with code + PKCE (driven over HTTP as a browser
 * and oidc-client-ts would), and the access token works on a real cases-service running in OIDC mode.
 */
describe('the local OpenID provider', () => {
  const apps: ManagedProcess[] = [];
  let issuer: string;
  let casesUrl: string;
  let seedTokens: { people: Record<string, { token: string }> };

  beforeAll(async () => {
    const databaseUrl = await createDatabase(process.env.DATABASE_URL!, 'identity_oidc_flow');
    const [identityPort, casesPort] = [await freePort(), await freePort()];
    issuer = `http://${HOST}:${identityPort}`;
    casesUrl = `http://${HOST}:${casesPort}`;
    const keysDir = mkdtempSync(join(tmpdir(), 'identity-keys-'));
    const oidc = {
      JWT_ISSUER: issuer,
      JWT_JWKS_URL: `${issuer}/jwks`,
      JWT_AUDIENCE: 'qorgau-api',
      JWT_DEV_KEYS_DIR: keysDir,
    };
    const base = { ...process.env, DATABASE_URL: databaseUrl, HOST, NODE_ENV: 'development' };
    // The seed migrates the cases schema, fills the directory and mints dev tokens for the provider's issuer.
    const seeded = await exec(process.execPath, ['dist/seed.js'], {
      cwd: CASES_DIR,
      env: { ...base, ...oidc },
    });
    seedTokens = JSON.parse(seeded.stdout) as typeof seedTokens;
    apps.push(
      startProcess({
        name: 'identity-it',
        command: process.execPath,
        args: ['dist/main.js'],
        cwd: join(__dirname, '..'),
        env: {
          ...base,
          PORT: String(identityPort),
          IDENTITY_DEV_MODE: 'true',
          WEB_ORIGINS: WEB,
          ACCESS_TOKEN_TTL_SECONDS: '60',
          JWT_DEV_KEYS_DIR: keysDir,
        },
      }),
      startProcess({
        name: 'cases-service-oidc-it',
        command: process.execPath,
        args: ['dist/main.js'],
        cwd: CASES_DIR,
        env: {
          ...base,
          ...oidc,
          JWT_DEV_KEYS_DIR: mkdtempSync(join(tmpdir(), 'no-dev-keys-')),
          PORT: String(casesPort),
          OUTBOX_RELAY_ENABLED: 'false',
          SUPPORT_CONSUMER_ENABLED: 'false',
          EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'identity-it-evidence-')),
        },
      }),
    );
    for (const [app, url] of [
      [apps[0]!, `${issuer}/.well-known/openid-configuration`],
      [apps[1]!, `${casesUrl}/health/live`],
    ] as const) {
      await waitFor(app.name, async () => (await fetch(url).catch(() => undefined))?.status === 200, {
        timeoutMs: 120_000,
        gaveUp: () => (app.exited() ? `exited: ${app.tail(30)}` : undefined),
      });
    }
  });

  afterAll(async () => {
    await Promise.allSettled(apps.map((app) => app.stop()));
  });

  const authorizeUrl = (challenge: string) =>
    `/auth?${new URLSearchParams({
      client_id: 'qorgau-web',
      response_type: 'code',
      redirect_uri: REDIRECT,
      scope: 'openid profile offline_access',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'st-1',
      ui_locales: 'kk',
    }).toString()}`;

  async function signIn(personRef: string): Promise<{ browser: Browser; tokens: Tokens }> {
    const browser = new Browser(issuer);
    const { verifier, challenge } = pkce();
    const login = await browser.follow(authorizeUrl(challenge));
    expect(login.res.status).toBe(200);
    const page = await login.res.text();
    expect(page).toContain('lang="kk"');
    expect(page).toContain(`value="${personRef}"`);
    const action = /action="([^"]+)"/.exec(page)![1]!;
    const done = await browser.follow(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ personRef, locale: 'kk' }),
    });
    expect(done.url.startsWith(REDIRECT)).toBe(true);
    const callback = new URL(done.url);
    expect(callback.searchParams.get('state')).toBe('st-1');
    const token = await tokenRequest(issuer, {
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code')!,
      redirect_uri: REDIRECT,
      client_id: 'qorgau-web',
      code_verifier: verifier,
    });
    expect(token.status).toBe(200);
    return { browser, tokens: (await token.json()) as Tokens };
  }

  const myCases = (token: string) =>
    fetch(`${casesUrl}/me/cases`, { headers: { authorization: `Bearer ${token}` } });

  it('signs a directory person in with code + PKCE; the access token works on a service as that person', async () => {
    const { tokens } = await signIn('officer-b');
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBeLessThanOrEqual(60);
    const [header, payload] = tokens.access_token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
    expect(header).toMatchObject({ alg: 'RS256' });
    expect(payload).toMatchObject({
      iss: issuer,
      aud: 'qorgau-api',
      sub: 'officer-b',
      roles: ['officer'],
      unitId: 'unit-almaty-3',
      locale: 'kk',
    });
    const res = await myCases(tokens.access_token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ cases: [] });
  });

  it('renews with the refresh token (silent renew) and the new token works too', async () => {
    const { tokens } = await signIn('head-1');
    const renewed = await tokenRequest(issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
      client_id: 'qorgau-web',
    });
    expect(renewed.status).toBe(200);
    const next = (await renewed.json()) as Tokens;
    expect(next.access_token).not.toBe(tokens.access_token);
    expect((await myCases(next.access_token)).status).toBe(200);
  });

  it('lets nobody in who is not in the directory', async () => {
    const browser = new Browser(issuer);
    const { challenge } = pkce();
    const login = await browser.follow(authorizeUrl(challenge));
    const action = /action="([^"]+)"/.exec(await login.res.text())![1]!;
    const refused = await browser.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ personRef: 'intruder', locale: 'en' }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('No such person in the directory.');
  });

  it('refuses a code exchanged without the PKCE verifier', async () => {
    const browser = new Browser(issuer);
    const { challenge } = pkce();
    const login = await browser.follow(authorizeUrl(challenge));
    const action = /action="([^"]+)"/.exec(await login.res.text())![1]!;
    const done = await browser.follow(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ personRef: 'officer-a', locale: 'ru' }),
    });
    const res = await tokenRequest(issuer, {
      grant_type: 'authorization_code',
      code: new URL(done.url).searchParams.get('code')!,
      redirect_uri: REDIRECT,
      client_id: 'qorgau-web',
      code_verifier: pkce().verifier,
    });
    expect(res.status).toBe(400);
  });

  it('keeps the seed’s dev tokens valid on a service that trusts only the provider', async () => {
    expect((await myCases(seedTokens.people['officer-a']!.token)).status).toBe(200);
    expect((await myCases('not-a-token')).status).toBe(401);
  });

  it('signs out through RP-initiated logout back to the web app', async () => {
    const { browser, tokens } = await signIn('officer-a');
    const confirm = await browser.follow(
      `/session/end?${new URLSearchParams({
        id_token_hint: tokens.id_token!,
        post_logout_redirect_uri: `${WEB}/`,
        ui_locales: 'en',
      }).toString()}`,
    );
    expect(confirm.res.status).toBe(200);
    const page = await confirm.res.text();
    const form = /<form[^>]*action="([^"]+)"[\s\S]*?<\/form>/.exec(page)!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(form[0])![1]!;
    const out = await browser.follow(form[1]!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    expect(out.url).toBe(`${WEB}/`);
  });
});
