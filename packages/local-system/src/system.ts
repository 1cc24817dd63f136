// The whole system on one machine: infrastructure from @qorgau/devstack (or the one the environment names),
// one database per service, wellbeing's own role, the topics, the local OpenID provider (apps/identity), the four
// apps as child processes (logs in .cache/logs) verifying tokens against its JWKS, the web app's server when it is
// built, and the cases seed with its dev tokens. Used by the run command, the demo and tests/e2e.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  cacheDir,
  freePort,
  isPortOpen,
  repoRoot,
  startJaeger,
  startProcess,
  startStack,
  type JaegerHandle,
  waitFor,
  type ManagedProcess,
  type Stack,
} from '@qorgau/devstack';
import {
  createServiceDatabases,
  createTopics,
  databaseUrl,
  startSmtpCapture,
  type ServiceDatabase,
  type SmtpCapture,
} from './infrastructure';

const exec = promisify(execFile);
const HOST = '127.0.0.1';
const WELLBEING_ROLE = 'qorgau_wellbeing';
const WELLBEING_PASSWORD = 'qorgau-wellbeing-local';
/** The seed's unit and its psychologist (apps/cases-service/src/seed/seed-data.ts). */
const WELLBEING_STAFF = 'unit-almaty-3=psychologist-1';
/** The services' JWT_AUDIENCE: the provider's access tokens and the seed's dev tokens carry it. */
const API_AUDIENCE = 'qorgau-api';
const WEB_CLIENT_ID = 'qorgau-web';

export interface SystemOptions {
  /** Keep data in .cache/local between runs (the run command); otherwise throw-away. */
  persistent?: boolean;
  /** 3000/3001/3002 for the apps and the infrastructure's well-known ports, where free. */
  conventionalPorts?: boolean;
  /** Serve the Temporal Web UI. */
  temporalUi?: boolean;
  /** Compressed case time: one real second is `timeScale` seconds of case time (QORGAU_TIME_SCALE). */
  timeScale?: number;
  /** Databases are named `<prefix>cases` etc.: several systems can share one Postgres server. */
  databasePrefix?: string;
  /** Temporal task queue, so several systems can share one Temporal server. */
  taskQueue?: string;
  /**
   * Serve the web app (apps/web/dist-server/main.js) when it is built; without the build it is skipped and
   * `urls.web` stays undefined.
   */
  web?: boolean;
  /**
   * Start Jaeger (devstack) and have every app export its traces to it over OTLP; `urls.jaeger` is its UI and
   * query API. Without it, apps export only where OTEL_EXPORTER_OTLP_ENDPOINT already points.
   */
  jaeger?: boolean;
  /** Extra environment for every app. */
  env?: Record<string, string>;
  /**
   * Fault drills: infrastructure of its own even when the environment names one (DATABASE_URL, KAFKA_BROKERS,
   * TEMPORAL_ADDRESS are ignored), started crash-safe (devstack's `crashSafe`), so `restart` can SIGKILL it too.
   */
  crashSafe?: boolean;
  log?: (message: string) => void;
}

export interface SeedPerson {
  personRef: string;
  roles: string[];
  unitId: string;
  token: string;
}

export interface SeedOutput {
  seeded: number;
  tokens: Record<string, { personRef: string; token: string }>;
  people: Record<string, SeedPerson>;
}

export interface RunningSystem {
  readonly urls: {
    cases: string;
    notifications: string;
    wellbeing: string;
    /** The OpenID provider (issuer) the services trust and people sign in at. */
    identity: string;
    /** The web app, when `web` was asked for and it is built. */
    web?: string;
    temporalUi?: string;
    /** Jaeger's UI and query API (`/api/traces`), when `jaeger` was asked for. */
    jaeger?: string;
  };
  /** The web app's OpenID client at the provider: redirect URIs are `<webOrigin>/auth/callback` and `/auth/silent`. */
  readonly oidc: { clientId: string; webOrigin: string };
  readonly temporal: { address: string; namespace: string; taskQueue: string };
  /** DATABASE_URL (admin), KAFKA_BROKERS, TEMPORAL_ADDRESS of the infrastructure in use. */
  readonly infrastructure: Record<string, string>;
  readonly databases: Record<ServiceDatabase, string>;
  readonly seed: SeedOutput;
  readonly smtp: { line: string; captureFile?: string };
  readonly apps: readonly ManagedProcess[];
  readonly timeScale: number;
  /** Resolves with the first app that exits while the system runs (not one `restart` killed). */
  readonly crashed: Promise<ManagedProcess>;
  /**
   * Kills one process kind (an app by name, or `postgres`, `kafka`, `temporal` of a `crashSafe` system) with
   * `signal` (SIGKILL by default: a crash, no grace) to its whole process group, starts it again with the same
   * environment, port and data, and resolves once it is ready again (the same readiness check as at start).
   */
  restart(name: RestartableProcess, options?: { signal?: NodeJS.Signals }): Promise<void>;
  stop(): Promise<void>;
}

export type InfrastructureProcess = 'postgres' | 'kafka' | 'temporal';
export type RestartableProcess =
  | 'cases-service'
  | 'workflow-worker'
  | 'notifications-service'
  | 'wellbeing-service'
  | 'identity'
  | 'web'
  | InfrastructureProcess;

const INFRASTRUCTURE_ENV = ['DATABASE_URL', 'KAFKA_BROKERS', 'TEMPORAL_ADDRESS'] as const;

async function port(preferred: number | undefined): Promise<number> {
  if (preferred === undefined) return freePort();
  return (await isPortOpen(preferred)) ? freePort() : preferred;
}

/** Starts everything; on a failure part-way, stops what did start and rethrows. */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const log = options.log ?? (() => undefined);
  const root = repoRoot(__dirname);
  const apps: ManagedProcess[] = [];
  let stack: Stack | undefined;
  let smtp: SmtpCapture | undefined;
  let jaeger: JaegerHandle | undefined;
  let stopped = false;
  /** How to start each app again, and wait for it, by name. */
  const launchers = new Map<
    string,
    { start: () => ManagedProcess; ready: (app: ManagedProcess) => Promise<void> }
  >();
  const restarting = new Set<string>();

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // Apps first (each: SIGTERM to its process group, 10 s, then SIGKILL), then the SMTP capture, the stack.
    await Promise.allSettled(apps.map((app) => app.stop()));
    log(`apps stopped (${apps.map((app) => app.name).join(', ') || 'none'})`);
    await smtp?.close();
    await jaeger?.stop();
    await stack?.stop();
    log('infrastructure stopped');
  };

  try {
    const started = Date.now();
    const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (options.crashSafe) for (const key of INFRASTRUCTURE_ENV) delete process.env[key];
    stack = await startStack({
      crashSafe: options.crashSafe,
      persistent: options.persistent,
      temporalUi: options.temporalUi,
      temporalTestServer: false,
      conventionalPorts: options.conventionalPorts,
    });
    log(`infrastructure ready (${elapsed()})`);
    const adminUrl = stack.env.DATABASE_URL!;
    const urls = await createServiceDatabases(adminUrl, options.databasePrefix);
    await exec(process.execPath, ['dist/db/provision-cli.js'], {
      cwd: join(root, 'apps/wellbeing-service'),
      env: {
        ...process.env,
        DATABASE_ADMIN_URL: urls.wellbeing,
        WELLBEING_DB_ROLE: WELLBEING_ROLE,
        WELLBEING_DB_PASSWORD: WELLBEING_PASSWORD,
      },
    });
    const wellbeingUrl = databaseUrl(adminUrl, `${options.databasePrefix ?? ''}wellbeing`, {
      user: WELLBEING_ROLE,
      password: WELLBEING_PASSWORD,
    });
    await createTopics(stack.env.KAFKA_BROKERS!);
    log('databases, wellbeing role and topics ready');

    const tracingEnv: Record<string, string> = {};
    if (options.jaeger) {
      jaeger = await startJaeger({
        ...(options.conventionalPorts
          ? { preferredPorts: { otlpGrpc: 4317, otlpHttp: 4318, query: 16686 } }
          : {}),
      });
      Object.assign(tracingEnv, {
        OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpHttpEndpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
        // Spans reach Jaeger within a second rather than the default five.
        OTEL_BSP_SCHEDULE_DELAY: '500',
      });
      log(`jaeger ready (${jaeger.queryUrl})`);
    }

    const smtpEnv: Record<string, string> = {};
    let smtpLine: string;
    if (process.env.SMTP_HOST) {
      smtpLine = `e-mail via ${process.env.SMTP_HOST}:${process.env.SMTP_PORT ?? 1025}`;
    } else {
      smtp = await startSmtpCapture(HOST, await port(options.conventionalPorts ? 1025 : undefined));
      Object.assign(smtpEnv, { SMTP_HOST: HOST, SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' });
      smtpLine = `e-mail captured by a local SMTP server on ${HOST}:${smtp.port} into ${smtp.file}`;
    }

    const timeScale = options.timeScale ?? 1;
    const taskQueue = options.taskQueue ?? process.env.TEMPORAL_TASK_QUEUE ?? 'investigations';
    const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
    const conventional = options.conventionalPorts;
    const ports = {
      cases: await port(conventional ? 3000 : undefined),
      notifications: 0,
      wellbeing: 0,
      identity: 0,
      web: 0,
    };
    ports.notifications = await port(conventional ? (ports.cases === 3001 ? 3003 : 3001) : undefined);
    ports.wellbeing = await port(conventional ? 3002 : undefined);
    ports.identity = await port(conventional ? 3005 : undefined);
    ports.web = await port(conventional ? 5173 : undefined);
    if (new Set(Object.values(ports)).size !== 5) throw new Error(`port collision: ${JSON.stringify(ports)}`);
    const http = (p: number) => `http://${HOST}:${p}`;
    const issuer = http(ports.identity);
    const common: Record<string, string> = {
      ...stack.env,
      HOST,
      // Every service verifies tokens the production way: OIDC against the provider's JWKS.
      JWT_ISSUER: issuer,
      JWT_JWKS_URL: `${issuer}/jwks`,
      JWT_AUDIENCE: API_AUDIENCE,
      JWT_DEV_KEYS_DIR: cacheDir('dev-keys'),
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      TEMPORAL_TASK_QUEUE: taskQueue,
      TEMPORAL_NAMESPACE: namespace,
      QORGAU_TIME_SCALE: String(timeScale),
      ...tracingEnv,
      ...options.env,
    };
    delete common.TEMPORAL_UI_URL;

    const spawnApp = (name: string, script: string, env: Record<string, string>): ManagedProcess =>
      startProcess({
        name,
        command: process.execPath,
        args: [script],
        cwd: join(root, 'apps', name),
        env: { ...common, ...env },
      });
    const startApp = (name: string, script: string, env: Record<string, string>): ManagedProcess => {
      const app = spawnApp(name, script, env);
      apps.push(app);
      launchers.set(name, { start: () => spawnApp(name, script, env), ready: async () => undefined });
      return app;
    };
    /** The readiness check `restart` waits for, the same as at start. */
    const readyAgain = (name: string, check: (app: ManagedProcess) => () => Promise<boolean>) => {
      const launcher = launchers.get(name);
      if (launcher) launcher.ready = (app) => ready(app, check(app));
    };
    const ready = async (app: ManagedProcess, check: () => Promise<boolean>): Promise<void> => {
      await waitFor(app.name, check, {
        timeoutMs: 180_000,
        intervalMs: 250,
        gaveUp: () => (app.exited() ? `exited; log: ${app.logFile}` : undefined),
        onTimeout: () => app.tail(40),
      });
      log(`${app.name} ready (${elapsed()})`);
    };
    const httpReady = (appPort: number) => async () =>
      (await fetch(`http://${HOST}:${appPort}/health/ready`)).status === 200;
    const httpReadyAgain = (name: string, appPort: number) => readyAgain(name, () => httpReady(appPort));

    // The provider reads the people of the cases database's directory at each sign-in; in development mode it
    // signs with the dev key pair, so the seed's dev tokens verify against its JWKS too.
    const webUrl = http(ports.web);
    const identity = startApp('identity', 'dist/main.js', {
      DATABASE_URL: urls.cases,
      PORT: String(ports.identity),
      IDENTITY_DEV_MODE: 'true',
      WEB_ORIGINS: `${webUrl},http://localhost:${ports.web}`,
      WEB_CLIENT_ID,
      API_AUDIENCE,
    });
    const cases = startApp('cases-service', 'dist/main.js', {
      DATABASE_URL: urls.cases,
      PORT: String(ports.cases),
      EVIDENCE_DIR: options.persistent
        ? cacheDir('local', 'evidence')
        : cacheDir('run', `evidence-${process.pid}`),
    });
    const notifications = startApp('notifications-service', 'dist/main.js', {
      ...smtpEnv,
      DATABASE_URL: urls.notifications,
      PORT: String(ports.notifications),
      WELLBEING_STAFF,
    });
    const wellbeing = startApp('wellbeing-service', 'dist/main.js', {
      DATABASE_URL: wellbeingUrl,
      PORT: String(ports.wellbeing),
      SEED_LOCAL_UNIT_STAFF: 'true',
      // The directory (unit rosters) that plan references are checked against lives in cases-service.
      CASES_SERVICE_URL: `http://${HOST}:${ports.cases}`,
    });
    httpReadyAgain('cases-service', ports.cases);
    httpReadyAgain('notifications-service', ports.notifications);
    httpReadyAgain('wellbeing-service', ports.wellbeing);
    readyAgain(
      'identity',
      () => async () => (await fetch(`${issuer}/.well-known/openid-configuration`)).status === 200,
    );
    log(`starting the services (logs in ${cacheDir('logs')})...`);
    // cases-service migrates the `cases` schema at boot; the worker (which shares it) starts once that is done.
    await ready(cases, httpReady(ports.cases));
    const workerHttpPort = await port(undefined);
    const worker = startApp('workflow-worker', 'dist/src/main.js', {
      DATABASE_URL: urls.cases,
      WORKER_RUN_MIGRATIONS: 'false',
      // Free ports, so a demo and the run command can run side by side.
      WORKER_HTTP_HOST: HOST,
      WORKER_HTTP_PORT: String(workerHttpPort),
      WORKER_SDK_METRICS_ADDRESS: `${HOST}:${await port(undefined)}`,
    });
    readyAgain('workflow-worker', (app) => async () => app.tail(200).includes('workflow-worker polling'));
    await Promise.all([
      ready(identity, async () => (await fetch(`${issuer}/.well-known/openid-configuration`)).status === 200),
      ready(notifications, httpReady(ports.notifications)),
      ready(wellbeing, httpReady(ports.wellbeing)),
      ready(worker, async () => worker.tail(200).includes('workflow-worker polling')),
    ]);

    const seeded = await exec(process.execPath, ['dist/seed.js'], {
      cwd: join(root, 'apps/cases-service'),
      env: { ...process.env, ...common, DATABASE_URL: urls.cases },
    });
    const seed = JSON.parse(seeded.stdout) as SeedOutput;

    const webServer = join(root, 'apps', 'web', 'dist-server', 'main.js');
    let web: string | undefined;
    if (options.web && existsSync(webServer)) {
      const app = startApp('web', 'dist-server/main.js', {
        PORT: String(ports.web),
        WEB_OIDC_AUTHORITY: issuer,
        WEB_OIDC_CLIENT_ID: WEB_CLIENT_ID,
        WEB_API_CASES_URL: http(ports.cases),
        WEB_API_NOTIFICATIONS_URL: http(ports.notifications),
        WEB_API_WELLBEING_URL: http(ports.wellbeing),
      });
      readyAgain('web', () => async () => (await fetch(`${webUrl}/config.json`)).status === 200);
      await ready(app, async () => (await fetch(`${webUrl}/config.json`)).status === 200);
      web = webUrl;
    } else if (options.web) {
      log(`web app not built (${webServer} missing): not served`);
    }
    log(`all ready in ${elapsed()}`);

    const crashed = new Promise<ManagedProcess>((resolveCrash) => {
      const watch = setInterval(() => {
        if (stopped) return clearInterval(watch);
        const dead = apps.find((app) => app.exited() && !restarting.has(app.name));
        if (dead) {
          clearInterval(watch);
          resolveCrash(dead);
        }
      }, 1000);
      watch.unref();
    });
    const infrastructure = { postgres: stack.postgres, kafka: stack.kafka, temporal: stack.temporal };
    const restart = async (
      name: RestartableProcess,
      { signal = 'SIGKILL' }: { signal?: NodeJS.Signals } = {},
    ): Promise<void> => {
      if (name === 'postgres' || name === 'kafka' || name === 'temporal') {
        const handle = infrastructure[name];
        if (!handle?.restart) throw new Error(`${name} is not this system's own (start it with crashSafe)`);
        if (signal !== 'SIGKILL') throw new Error(`${name} restarts after SIGKILL only`);
        await handle.restart();
        log(`${name} restarted`);
        return;
      }
      const index = apps.findIndex((app) => app.name === name);
      const launcher = launchers.get(name);
      if (index < 0 || !launcher) throw new Error(`no app ${name} in this system`);
      restarting.add(name);
      try {
        await apps[index]!.kill(signal);
        const app = launcher.start();
        apps[index] = app;
        await launcher.ready(app);
      } finally {
        restarting.delete(name);
      }
    };
    return {
      urls: {
        cases: http(ports.cases),
        notifications: http(ports.notifications),
        wellbeing: http(ports.wellbeing),
        identity: issuer,
        web,
        temporalUi: stack.env.TEMPORAL_UI_URL,
        jaeger: jaeger?.queryUrl,
      },
      oidc: { clientId: WEB_CLIENT_ID, webOrigin: webUrl },
      temporal: { address: stack.env.TEMPORAL_ADDRESS!, namespace, taskQueue },
      infrastructure: Object.fromEntries(
        Object.entries(stack.env).filter(([key]) =>
          ['DATABASE_URL', 'KAFKA_BROKERS', 'TEMPORAL_ADDRESS'].includes(key),
        ),
      ),
      databases: urls,
      seed,
      smtp: { line: smtpLine, captureFile: smtp?.file },
      apps,
      timeScale,
      crashed,
      restart,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
