import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, runDir } from './paths';
import { pickPort, waitFor } from './ports';
import { requireCommand } from './prerequisites';
import { startProcess, tailFile } from './process';

/** The Jaeger release devstack builds (its `cmd/jaeger` is the v2 binary: an OpenTelemetry Collector distribution). */
export const JAEGER_VERSION = 'v1.75.0';

export interface JaegerHandle {
  /** OTLP over HTTP, as OTEL_EXPORTER_OTLP_ENDPOINT expects (http://host:port). */
  readonly otlpHttpEndpoint: string;
  /** The UI and its query API (`/api/traces`, `/api/services`). */
  readonly uiUrl: string;
  stop(): Promise<void>;
}

/**
 * The `jaeger` binary: JAEGER_PATH, else built once from the Go module proxy into .cache/jaeger/<version>/.
 * Jaeger's go.mod has replace directives, so it cannot be `go install`ed by version: it is added as a tool of a
 * throw-away module and built from there (slow: minutes on a busy machine, once).
 */
export function jaegerPath(): string {
  if (process.env.JAEGER_PATH) return process.env.JAEGER_PATH;
  const binDir = cacheDir('jaeger', JAEGER_VERSION);
  const binary = join(binDir, 'jaeger');
  if (existsSync(binary)) return binary;
  requireCommand('go');
  const moduleDir = cacheDir('jaeger', 'build');
  const log = join(cacheDir('logs'), `go-build-jaeger-${JAEGER_VERSION}.log`);
  console.log(
    `devstack: building Jaeger ${JAEGER_VERSION} once from the Go module proxy (minutes; log ${log})`,
  );
  const fd = openSync(log, 'w');
  const go = (args: string[]) =>
    execFileSync('go', args, {
      cwd: moduleDir,
      env: { ...process.env, CGO_ENABLED: '0' },
      stdio: ['ignore', fd, fd],
      timeout: 60 * 60_000,
    });
  try {
    if (!existsSync(join(moduleDir, 'go.mod'))) go(['mod', 'init', 'qorgau.local/jaeger-build']);
    go(['get', '-tool', `github.com/jaegertracing/jaeger/cmd/jaeger@${JAEGER_VERSION}`]);
    go(['build', '-o', binary, 'github.com/jaegertracing/jaeger/cmd/jaeger']);
  } catch {
    throw new Error(`devstack: building Jaeger failed:\n${tailFile(log, 20)}`);
  } finally {
    closeSync(fd);
  }
  return binary;
}

/** Jaeger all-in-one (in-memory storage) on free ports: OTLP gRPC/HTTP in, UI and query API out. */
export async function startJaeger(): Promise<JaegerHandle> {
  const binary = jaegerPath();
  const dir = runDir('jaeger');
  mkdirSync(dir, { recursive: true });
  const [grpc, http, ui, queryGrpc] = [
    await pickPort(),
    await pickPort(),
    await pickPort(),
    await pickPort(),
  ];
  const config = join(dir, 'jaeger.yaml');
  writeFileSync(
    config,
    `service:
  extensions: [jaeger_storage, jaeger_query]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
  telemetry:
    metrics:
      level: none
extensions:
  jaeger_query:
    storage:
      traces: memstore
    http:
      endpoint: 127.0.0.1:${ui}
    grpc:
      endpoint: 127.0.0.1:${queryGrpc}
  jaeger_storage:
    backends:
      memstore:
        memory:
          max_traces: 100000
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 127.0.0.1:${grpc}
      http:
        endpoint: 127.0.0.1:${http}
processors:
  batch:
    timeout: 200ms
exporters:
  jaeger_storage_exporter:
    trace_storage: memstore
`,
  );
  const server = startProcess({ name: 'jaeger', command: binary, args: ['--config', config] });
  const uiUrl = `http://127.0.0.1:${ui}`;
  try {
    await waitFor('Jaeger', async () => (await fetch(`${uiUrl}/api/services`)).ok, {
      timeoutMs: 60_000,
      intervalMs: 300,
      gaveUp: () => (server.exited() ? 'jaeger exited' : undefined),
      onTimeout: () => `log ${server.logFile}:\n${server.tail()}`,
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { otlpHttpEndpoint: `http://127.0.0.1:${http}`, uiUrl, stop: () => server.stop() };
}
