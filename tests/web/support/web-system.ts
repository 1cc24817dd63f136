import { join } from 'node:path';
import { cacheDir, freePort, repoRoot, startProcess, waitFor, type ManagedProcess } from '@qorgau/devstack';
import { QorgauHttp, startSystem, type RunningSystem } from '@qorgau/local-system';

export interface WebSystem {
  readonly system: RunningSystem;
  /** The web app as a person opens it. */
  readonly webUrl: string;
  readonly identityUrl: string;
  /** The services' public HTTP APIs, as the seed's people (their tokens) or anyone. */
  readonly http: QorgauHttp;
  token(personRef: string): string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * The whole local system with the identity provider and the web server: the services verify tokens through the
 * provider (OIDC mode against its JWKS), exactly the path the browser's tokens take.
 */
export async function startWebSystem(options: { timeScale?: number } = {}): Promise<WebSystem> {
  const root = repoRoot(__dirname);
  const identityPort = await freePort();
  const webPort = await freePort();
  const identityUrl = `http://${HOST}:${identityPort}`;
  const webUrl = `http://${HOST}:${webPort}`;
  const system = await startSystem({
    timeScale: options.timeScale,
    env: { JWT_ISSUER: identityUrl, JWT_JWKS_URL: `${identityUrl}/jwks`, JWT_AUDIENCE: 'qorgau-api' },
    log: (m) => process.env.QORGAU_WEB_TEST_LOG && console.log(m),
  });
  const apps: ManagedProcess[] = [];
  try {
    const identity = startProcess({
      name: 'identity',
      command: process.execPath,
      args: ['dist/main.js'],
      cwd: join(root, 'apps/identity'),
      env: {
        DATABASE_URL: system.databases.cases,
        IDENTITY_DEV_MODE: 'true',
        NODE_ENV: 'development',
        HOST,
        PORT: String(identityPort),
        WEB_ORIGINS: webUrl,
        JWT_DEV_KEYS_DIR: cacheDir('dev-keys'),
      },
    });
    apps.push(identity);
    const web = startProcess({
      name: 'web',
      command: process.execPath,
      args: ['dist-server/main.js'],
      cwd: join(root, 'apps/web'),
      env: {
        HOST,
        PORT: String(webPort),
        LOG_LEVEL: 'warn',
        WEB_OIDC_AUTHORITY: identityUrl,
        WEB_OIDC_CLIENT_ID: 'qorgau-web',
        WEB_API_CASES_URL: system.urls.cases,
        WEB_API_NOTIFICATIONS_URL: system.urls.notifications,
        WEB_API_WELLBEING_URL: system.urls.wellbeing,
      },
    });
    apps.push(web);
    const ok = (url: string) => async () => (await fetch(url).catch(() => undefined))?.ok === true;
    for (const [app, url] of [
      [identity, `${identityUrl}/.well-known/openid-configuration`],
      [web, `${webUrl}/healthz`],
    ] as const) {
      await waitFor(app.name, ok(url), {
        timeoutMs: 60_000,
        gaveUp: () => (app.exited() ? `exited; log: ${app.logFile}` : undefined),
        onTimeout: () => app.tail(40),
      });
    }
  } catch (error) {
    await Promise.allSettled(apps.map((a) => a.stop()));
    await system.stop();
    throw error;
  }
  const http = new QorgauHttp(system.urls);
  return {
    system,
    webUrl,
    identityUrl,
    http,
    token: (personRef) => {
      const token = system.seed.people[personRef]?.token;
      if (!token) throw new Error(`no seed token for ${personRef}`);
      return token;
    },
    stop: async () => {
      await Promise.allSettled(apps.map((a) => a.stop()));
      await system.stop();
    },
  };
}
