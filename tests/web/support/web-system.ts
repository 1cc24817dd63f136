import { QorgauHttp, startSystem, type RunningSystem } from '@qorgau/local-system';

export interface WebSystem {
  readonly system: RunningSystem;
  /** The web app as a person opens it. */
  readonly webUrl: string;
  /** The services' public HTTP APIs, as the seed's people (their tokens) or anyone. */
  readonly http: QorgauHttp;
  token(personRef: string): string;
  stop(): Promise<void>;
}

/**
 * The whole local system with its OpenID provider and the web app's server (apps/web must be built): the
 * services verify tokens through the provider's JWKS, the path the browser's tokens take.
 */
export async function startWebSystem(
  options: { timeScale?: number; databasePrefix?: string; taskQueue?: string } = {},
): Promise<WebSystem> {
  const system = await startSystem({
    web: true,
    timeScale: options.timeScale,
    // Own databases and task queue when sharing a Postgres and Temporal server with other systems.
    databasePrefix: options.databasePrefix,
    taskQueue: options.taskQueue,
    log: (m) => process.env.QORGAU_WEB_TEST_LOG && console.log(m),
  });
  const webUrl = system.urls.web;
  if (!webUrl) {
    await system.stop();
    throw new Error('the web app is not built: pnpm exec turbo run build --filter=@qorgau/web-tests...');
  }
  return {
    system,
    webUrl,
    http: new QorgauHttp(system.urls),
    token: (personRef) => {
      const token = system.seed.people[personRef]?.token;
      if (!token) throw new Error(`no seed token for ${personRef}`);
      return token;
    },
    stop: () => system.stop(),
  };
}
