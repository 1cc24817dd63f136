import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FastifyInstance } from 'fastify';
import { buildWebServer } from './app';
import { settingsFrom } from './settings';

// The web server over real HTTP: a real upstream stands in for each service and records what it received.
describe('web server', () => {
  let upstream: Server;
  let seen: { method: string; url: string; authorization?: string; body: string }[];
  let web: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    seen = [];
    upstream = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body });
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const dist = mkdtempSync(join(tmpdir(), 'qorgau-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app-abc.js'), 'console.log(1)');
    const settings = settingsFrom(
      {
        PORT: '0',
        WEB_OIDC_AUTHORITY: 'http://127.0.0.1:4000/oidc',
        WEB_OIDC_CLIENT_ID: 'qorgau-web',
        WEB_API_CASES_URL: upstreamUrl,
        WEB_API_NOTIFICATIONS_URL: `${upstreamUrl}/`,
        WEB_API_WELLBEING_URL: upstreamUrl,
      },
      dist,
    );
    web = await buildWebServer(settings, { logLevel: 'silent' });
    await web.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await web.close();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('serves the app with a strict CSP and falls back to index.html for client routes', async () => {
    const page = await fetch(`${base}/cases/some-case/protection-act`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="root"');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:4000");
    expect(csp).toContain("frame-ancestors 'none'");
    const asset = await fetch(`${base}/assets/app-abc.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('gives the app its settings at /config.json', async () => {
    const config = await (await fetch(`${base}/config.json`)).json();
    expect(config).toEqual({
      oidc: {
        authority: 'http://127.0.0.1:4000/oidc',
        clientId: 'qorgau-web',
        scope: 'openid profile offline_access',
      },
      api: { cases: '/api/cases', notifications: '/api/notifications', wellbeing: '/api/wellbeing' },
    });
  });

  it('proxies each API with its prefix stripped and the Authorization header passed through', async () => {
    const answer = await fetch(`${base}/api/cases/cases/c-1/protection-acts?x=1`, {
      method: 'POST',
      headers: { authorization: 'Bearer t0k', 'content-type': 'application/json' },
      body: JSON.stringify({ items: [] }),
    });
    expect(answer.status).toBe(201);
    await fetch(`${base}/api/notifications/inbox`, { headers: { authorization: 'Bearer n' } });
    await fetch(`${base}/api/wellbeing/me/concerns`);
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/cases/c-1/protection-acts?x=1',
        authorization: 'Bearer t0k',
        body: '{"items":[]}',
      },
      { method: 'GET', url: '/inbox', authorization: 'Bearer n', body: '' },
      { method: 'GET', url: '/me/concerns', authorization: undefined, body: '' },
    ]);
  });

  it('refuses to start without its settings, naming the variable', () => {
    expect(() => settingsFrom({ WEB_OIDC_CLIENT_ID: 'x' }, '/tmp')).toThrow('WEB_OIDC_AUTHORITY is required');
    expect(() => settingsFrom({ WEB_OIDC_AUTHORITY: 'not a url', WEB_OIDC_CLIENT_ID: 'x' }, '/tmp')).toThrow(
      'WEB_OIDC_AUTHORITY must be an absolute URL',
    );
  });
});
