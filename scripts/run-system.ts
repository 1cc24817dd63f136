// The whole system locally on embedded defaults (`bash scripts/run.sh` builds, then runs this with tsx):
// @qorgau/local-system starts the infrastructure (data in .cache/local), the databases, the topics, the OpenID
// provider, the four apps, the web app (when built) and the seed; this prints where everything is and stops it all on Ctrl-C (SIGINT) or SIGTERM.
// QORGAU_TIME_SCALE compresses case time (e.g. 86400: a day of deadlines and check-ins per real second).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, requireCommand } from '../packages/devstack/dist/index.js';
import { startSystem, type RunningSystem } from '../packages/local-system/dist/index.js';

const log = (message: string) => console.log(`qorgau: ${message}`);
let system: RunningSystem | undefined;
let stopping: Promise<void> | undefined;

function shutdown(code: number): void {
  if (stopping) return;
  log('stopping...');
  const alive = setInterval(() => undefined, 1000); // pending promises alone don't keep node running
  stopping = (system?.stop() ?? Promise.resolve())
    .catch((error: unknown) => console.error(error))
    .finally(() => {
      clearInterval(alive);
      log('stopped');
      process.exit(code);
    });
}

async function main(): Promise<void> {
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  if (!process.env.KAFKA_BROKERS) requireCommand('java');
  if (!process.env.KAFKA_BROKERS) requireCommand('mvn');
  const timeScale = Number(process.env.QORGAU_TIME_SCALE ?? 1);
  // Traces go to a local Jaeger unless they already have a destination (or QORGAU_JAEGER=0).
  const jaeger = process.env.QORGAU_JAEGER !== '0' && !process.env.OTEL_EXPORTER_OTLP_ENDPOINT;

  log(
    `starting PostgreSQL, Kafka and the Temporal dev server (data in .cache/local)${jaeger ? ', Jaeger' : ''}, then the services...`,
  );
  system = await startSystem({
    persistent: true,
    conventionalPorts: true,
    temporalUi: true,
    timeScale,
    databasePrefix: '',
    web: true,
    jaeger,
    log,
  });
  if (stopping) return;
  const tokensFile = join(cacheDir('local'), 'dev-tokens.json');
  writeFileSync(tokensFile, `${JSON.stringify(system.seed, null, 2)}\n`, { mode: 0o600 });
  const { urls } = system;
  console.log(`
Qorgau is running (Ctrl-C stops everything)
  web app                ${urls.web ?? '(not built: apps/web/dist-server/main.js missing)'}
  identity (OpenID)      ${urls.identity} (local sign-in: pick a person of the directory; the services trust its JWKS)
  cases-service          API docs ${urls.cases}/docs
  notifications-service  API docs ${urls.notifications}/docs
                         inbox    GET ${urls.notifications}/inbox (bearer token)
  wellbeing-service      API docs ${urls.wellbeing}/docs
  workflow-worker        task queue ${system.temporal.taskQueue} on ${system.temporal.address}
  Temporal Web UI        ${urls.temporalUi ?? '(external Temporal: no UI started)'}
  Jaeger (traces)        ${urls.jaeger ? `${urls.jaeger} (one trace per command; API ${urls.jaeger}/api/traces?service=cases-service)` : process.env.OTEL_EXPORTER_OTLP_ENDPOINT ? `exported to ${process.env.OTEL_EXPORTER_OTLP_ENDPOINT}` : '(off: QORGAU_JAEGER=0)'}
  case time              ${timeScale === 1 ? 'real time' : `compressed ${timeScale}x (QORGAU_TIME_SCALE)`}
  dev tokens (12 h, per role and per seed person; issued for ${urls.identity}, valid on every service): ${tokensFile}
    e.g. curl -H "Authorization: Bearer $(node -p 'require("${tokensFile}").tokens.officer.token')" ${urls.notifications}/inbox
  ${system.smtp.line}
  infrastructure         ${Object.entries(system.infrastructure)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')}
  logs                   ${cacheDir('logs')}/{identity,cases-service,notifications-service,wellbeing-service,workflow-worker,web}-*.log
`);
  // A crashed app stops the whole system, with the tail of its log.
  const app = await system.crashed;
  if (stopping) return;
  console.error(`qorgau: ${app.name} exited unexpectedly; log ${app.logFile}:\n${app.tail(30)}`);
  shutdown(1);
}

main().catch((error: unknown) => {
  console.error(`qorgau: ${error instanceof Error ? error.message : String(error)}`);
  shutdown(1);
});
