// The whole system locally on embedded defaults (`bash scripts/run.sh` builds, then runs this with tsx):
// infrastructure from @qorgau/devstack (data in .cache/local), one database per service, wellbeing's
// provision-db, the four apps as child processes (logs in .cache/logs), the cases seed with its dev tokens,
// a capture SMTP server when SMTP_HOST is unset. Ctrl-C (SIGINT) or SIGTERM stops the apps, then the stack.
import { execFile } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  cacheDir,
  freePort,
  isPortOpen,
  repoRoot,
  requireCommand,
  startProcess,
  startStack,
  waitFor,
  type ManagedProcess,
  type Stack,
} from '../packages/devstack/dist/index.js';

const root = repoRoot(join(__dirname, '..', 'packages', 'devstack'));
// Not root dependencies: pg is devstack's, smtp-server notifications-service's (its tests' SMTP server).
const pg = createRequire(join(root, 'packages/devstack/package.json'))('pg') as {
  Client: new (options: { connectionString: string }) => {
    connect(): Promise<void>;
    query(sql: string, params?: unknown[]): Promise<{ rowCount: number | null }>;
    end(): Promise<void>;
  };
};
interface SmtpServerInstance {
  listen(port: number, host: string, callback: () => void): void;
  close(callback: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
}
const { SMTPServer } = createRequire(join(root, 'apps/notifications-service/package.json'))(
  'smtp-server',
) as {
  SMTPServer: new (options: {
    authOptional: boolean;
    disabledCommands: string[];
    logger: boolean;
    onData(
      stream: NodeJS.ReadableStream,
      session: { envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] } },
      callback: (error?: Error | null) => void,
    ): void;
  }) => SmtpServerInstance;
};

const { Kafka, logLevel } = createRequire(join(root, 'packages/devstack/package.json'))('kafkajs') as {
  Kafka: new (options: { clientId: string; brokers: string[]; logLevel: number }) => {
    admin(): {
      connect(): Promise<void>;
      createTopics(options: {
        waitForLeaders: boolean;
        topics: { topic: string; numPartitions: number }[];
      }): Promise<boolean>;
      disconnect(): Promise<void>;
    };
  };
  logLevel: { NOTHING: number };
};
const { TOPICS } = createRequire(join(root, 'package.json'))(join(root, 'packages/contracts')) as {
  TOPICS: Record<string, string>;
};

const exec = promisify(execFile);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const HOST = '127.0.0.1';
const WELLBEING_ROLE = 'qorgau_wellbeing';
const WELLBEING_PASSWORD = 'qorgau-wellbeing-local';
/** The seed's unit and its psychologist (apps/cases-service/src/seed/seed-data.ts). */
const WELLBEING_STAFF = 'unit-almaty-3=psychologist-1';
const DATABASES = ['cases', 'notifications', 'wellbeing'] as const;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`qorgau: ${message}`);

const apps: ManagedProcess[] = [];
let stack: Stack | undefined;
let smtp: SmtpServerInstance | undefined;
let stopping: Promise<void> | undefined;

async function stopAll(): Promise<void> {
  // Apps first (each: SIGTERM to its process group, 10 s, then SIGKILL), then the SMTP capture, then the stack.
  const alive = setInterval(() => undefined, 1000); // pending promises alone don't keep node running
  try {
    await Promise.allSettled(apps.map((app) => app.stop()));
    log(`apps stopped (${apps.map((app) => app.name).join(', ') || 'none'})`);
    const server = smtp;
    if (server) await Promise.race([new Promise<void>((r) => server.close(() => r())), sleep(2000)]);
    await Promise.all([stack?.kafka?.stop(), stack?.temporal?.stop(), stack?.postgres?.stop()]);
    log('infrastructure stopped');
  } finally {
    clearInterval(alive);
  }
}

function shutdown(code: number): void {
  if (stopping) return;
  log('stopping...');
  stopping = stopAll()
    .catch((error: unknown) => console.error(error))
    .finally(() => {
      log('stopped');
      process.exit(code);
    });
}

async function port(preferred: number): Promise<number> {
  return (await isPortOpen(preferred)) ? freePort() : preferred;
}

function databaseUrl(adminUrl: string, database: string, credentials?: { user: string; password: string }) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  if (credentials) {
    url.username = credentials.user;
    url.password = credentials.password;
  }
  return url.toString();
}

/** One database per service (each owns its schema there); idempotent. */
async function createDatabases(adminUrl: string): Promise<Record<(typeof DATABASES)[number], string>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const name of DATABASES) {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!exists.rowCount) await client.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await client.end();
  }
  return Object.fromEntries(DATABASES.map((name) => [name, databaseUrl(adminUrl, name)])) as Record<
    (typeof DATABASES)[number],
    string
  >;
}

/** The contracts' topics and their dead-letter topics: the services create none (existing ones are kept). */
async function createTopics(brokers: string): Promise<void> {
  const admin = new Kafka({
    clientId: 'qorgau-run',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = Object.values(TOPICS).flatMap((topic) => [topic, `${topic}.dlq`]);
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions: 3 })),
    });
  } finally {
    await admin.disconnect();
  }
}

/** Captures mail to .cache/logs/smtp-capture-*.log instead of sending it (the local run has no mail server). */
function startSmtpCapture(smtpPort: number): Promise<string> {
  const file = join(cacheDir('logs'), `smtp-capture-${process.pid}-${Date.now().toString(36)}.log`);
  writeFileSync(file, '');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
        appendFileSync(
          file,
          `=== ${new Date().toISOString()} from ${from} to ${to}\n${Buffer.concat(chunks).toString('utf8')}\n`,
        );
        callback();
      });
    },
  });
  smtp = server;
  return new Promise((resolveListen, reject) => {
    server.on('error', reject);
    server.listen(smtpPort, HOST, () => resolveListen(file));
  });
}

function startApp(name: string, cwd: string, script: string, env: Record<string, string>): ManagedProcess {
  const app = startProcess({ name, command: process.execPath, args: [script], cwd, env });
  apps.push(app);
  return app;
}

async function ready(app: ManagedProcess, check: () => Promise<boolean>): Promise<void> {
  await waitFor(app.name, check, {
    timeoutMs: 180_000,
    intervalMs: 500,
    gaveUp: () => (app.exited() ? `exited; log: ${app.logFile}` : undefined),
    onTimeout: () => app.tail(40),
  });
  log(`${app.name} ready (${elapsed()})`);
}

const httpReady = (appPort: number) => async () =>
  (await fetch(`http://${HOST}:${appPort}/health/ready`)).status === 200;

async function main(): Promise<void> {
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  if (!process.env.KAFKA_BROKERS) requireCommand('java');
  if (!process.env.KAFKA_BROKERS) requireCommand('mvn');

  log('starting PostgreSQL, Kafka and the Temporal dev server (data in .cache/local)...');
  stack = await startStack({
    persistent: true,
    temporalUi: true,
    temporalTestServer: false,
    conventionalPorts: true,
  });
  log(`infrastructure ready (${elapsed()})`);
  if (stopping) return;
  const adminUrl = stack.env.DATABASE_URL!;
  const urls = await createDatabases(adminUrl);
  await exec(process.execPath, ['dist/db/provision-cli.js'], {
    cwd: join(root, 'apps/wellbeing-service'),
    env: {
      ...process.env,
      DATABASE_ADMIN_URL: urls.wellbeing,
      WELLBEING_DB_ROLE: WELLBEING_ROLE,
      WELLBEING_DB_PASSWORD: WELLBEING_PASSWORD,
    },
  });
  const wellbeingUrl = databaseUrl(adminUrl, 'wellbeing', {
    user: WELLBEING_ROLE,
    password: WELLBEING_PASSWORD,
  });
  log('databases cases, notifications, wellbeing ready; wellbeing role provisioned');
  await createTopics(stack.env.KAFKA_BROKERS!);

  let smtpLine: string;
  const smtpEnv: Record<string, string> = {};
  if (process.env.SMTP_HOST) {
    smtpLine = `e-mail via ${process.env.SMTP_HOST}:${process.env.SMTP_PORT ?? 1025}`;
  } else {
    const smtpPort = await port(1025);
    const file = await startSmtpCapture(smtpPort);
    Object.assign(smtpEnv, { SMTP_HOST: HOST, SMTP_PORT: String(smtpPort), SMTP_SECURE: 'false' });
    smtpLine = `e-mail captured by a local SMTP server on ${HOST}:${smtpPort} into ${file}`;
  }

  const common: Record<string, string> = {
    ...stack.env,
    HOST,
    JWT_DEV_KEYS_DIR: cacheDir('dev-keys'),
    NODE_ENV: process.env.NODE_ENV ?? 'development',
  };
  delete common.TEMPORAL_UI_URL;
  const ports = { cases: await port(3000), notifications: 0, wellbeing: 0 };
  ports.notifications = await port(ports.cases === 3001 ? 3003 : 3001);
  ports.wellbeing = await port(3002);
  if (new Set(Object.values(ports)).size !== 3) throw new Error(`port collision: ${JSON.stringify(ports)}`);

  const cases = startApp('cases-service', join(root, 'apps/cases-service'), 'dist/main.js', {
    ...common,
    DATABASE_URL: urls.cases,
    PORT: String(ports.cases),
    EVIDENCE_DIR: cacheDir('local', 'evidence'),
  });
  const notifications = startApp(
    'notifications-service',
    join(root, 'apps/notifications-service'),
    'dist/main.js',
    {
      ...common,
      ...smtpEnv,
      DATABASE_URL: urls.notifications,
      PORT: String(ports.notifications),
      WELLBEING_STAFF,
    },
  );
  const wellbeing = startApp('wellbeing-service', join(root, 'apps/wellbeing-service'), 'dist/main.js', {
    ...common,
    DATABASE_URL: wellbeingUrl,
    PORT: String(ports.wellbeing),
    SEED_LOCAL_UNIT_STAFF: 'true',
  });
  log(`starting cases-service, notifications-service, wellbeing-service (logs in ${cacheDir('logs')})...`);
  // cases-service migrates the `cases` schema at boot; the worker (which shares it) starts once that is done.
  await ready(cases, httpReady(ports.cases));
  if (stopping) return;
  const worker = startApp('workflow-worker', join(root, 'apps/workflow-worker'), 'dist/src/main.js', {
    ...common,
    DATABASE_URL: urls.cases,
    WORKER_RUN_MIGRATIONS: 'false',
  });
  await Promise.all([
    ready(notifications, httpReady(ports.notifications)),
    ready(wellbeing, httpReady(ports.wellbeing)),
    ready(worker, async () => worker.tail(200).includes('workflow-worker polling')),
  ]);
  if (stopping) return;

  const seeded = await exec(process.execPath, ['dist/seed.js'], {
    cwd: join(root, 'apps/cases-service'),
    env: { ...process.env, ...common, DATABASE_URL: urls.cases },
  });
  const tokensFile = join(cacheDir('local'), 'dev-tokens.json');
  writeFileSync(tokensFile, seeded.stdout, { mode: 0o600 });
  log(`all ready in ${elapsed()}`);

  const http = (p: number, path: string) => `http://${HOST}:${p}${path}`;
  console.log(`
Qorgau is running (Ctrl-C stops everything)
  cases-service          API docs ${http(ports.cases, '/docs')}
  notifications-service  API docs ${http(ports.notifications, '/docs')}
                         inbox    GET ${http(ports.notifications, '/inbox')} (bearer token)
  wellbeing-service      API docs ${http(ports.wellbeing, '/docs')}
  workflow-worker        task queue investigations on ${stack.env.TEMPORAL_ADDRESS}
  Temporal Web UI        ${stack.env.TEMPORAL_UI_URL ?? '(external Temporal: no UI started)'}
  dev tokens (12 h, one per role; valid on every service): ${tokensFile}
    e.g. curl -H "Authorization: Bearer $(node -p 'require("${tokensFile}").tokens.officer.token')" ${http(ports.notifications, '/inbox')}
  ${smtpLine}
  infrastructure         ${Object.entries(stack.env)
    .filter(([key]) => ['DATABASE_URL', 'KAFKA_BROKERS', 'TEMPORAL_ADDRESS'].includes(key))
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')}
  logs                   ${cacheDir('logs')}/{cases-service,notifications-service,wellbeing-service,workflow-worker}-*.log
`);

  // A crashed app stops the whole system, with the tail of its log.
  for (const app of apps) {
    void waitFor(`${app.name} running`, async () => app.exited(), {
      timeoutMs: 2 ** 31 - 1,
      intervalMs: 1000,
    })
      .then(() => {
        if (stopping) return;
        console.error(`qorgau: ${app.name} exited unexpectedly; log ${app.logFile}:\n${app.tail(30)}`);
        shutdown(1);
      })
      .catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(`qorgau: ${error instanceof Error ? error.message : String(error)}`);
  shutdown(1);
});
