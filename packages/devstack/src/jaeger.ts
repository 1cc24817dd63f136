import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, packageDir } from './paths';
import { pickPort, waitFor } from './ports';
import { requireCommand } from './prerequisites';
import { startProcess, tailFile } from './process';

/** The Jaeger release devstack builds (go/jaeger/go.mod pins it and every dependency, go.sum checks them). */
export const JAEGER_VERSION = 'v1.75.0';

export interface JaegerHandle {
  /** OTLP over HTTP (http/protobuf), as OTEL_EXPORTER_OTLP_ENDPOINT expects: the SDK appends /v1/traces. */
  readonly otlpHttpEndpoint: string;
  /** OTLP over gRPC (host:port URL). */
  readonly otlpGrpcEndpoint: string;
  /** The query service: the UI at `/`, the HTTP API at `/api/traces`, `/api/services`. */
  readonly queryUrl: string;
  stop(): Promise<void>;
}

export interface JaegerOptions {
  /** Ports to use when free (local run): Jaeger's own defaults are 4317 / 4318 / 16686. */
  preferredPorts?: { otlpGrpc: number; otlpHttp: number; query: number };
}

/**
 * The Jaeger v2 binary (all-in-one: collector, in-memory storage, query): JAEGER_PATH, one built earlier into
 * .cache/jaeger/<version>/, or built once from the Go module proxy with the pinned go.mod/go.sum.
 */
export function jaegerPath(): string {
  if (process.env.JAEGER_PATH) return process.env.JAEGER_PATH;
  const binDir = cacheDir('jaeger', JAEGER_VERSION);
  const binary = join(binDir, 'jaeger');
  if (existsSync(binary)) return binary;
  requireCommand('go');
  const log = join(cacheDir('logs'), `go-build-jaeger-${JAEGER_VERSION}.log`);
  console.log(`devstack: building Jaeger ${JAEGER_VERSION} once with go build (minutes; log ${log})`);
  const fd = openSync(log, 'w');
  try {
    execFileSync('go', ['build', '-o', binary, 'github.com/jaegertracing/jaeger/cmd/jaeger'], {
      cwd: join(packageDir(), 'go', 'jaeger'),
      env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=readonly' },
      stdio: ['ignore', fd, fd],
      timeout: 30 * 60_000,
    });
  } catch {
    throw new Error(`devstack: go build of Jaeger failed:\n${tailFile(log, 20)}`);
  } finally {
    closeSync(fd);
  }
  return binary;
}

/**
 * Jaeger without Docker, on loopback and free ports (config/jaeger.yaml), keeping traces in memory. Ready when
 * its query API answers.
 */
export async function startJaeger(options: JaegerOptions = {}): Promise<JaegerHandle> {
  const binary = jaegerPath();
  const preferred = options.preferredPorts;
  const ports = {
    otlpGrpc: await pickPort(preferred?.otlpGrpc),
    otlpHttp: await pickPort(preferred?.otlpHttp),
    query: await pickPort(preferred?.query),
    queryGrpc: await pickPort(),
    health: await pickPort(),
  };
  const server = startProcess({
    name: 'jaeger',
    command: binary,
    args: ['--config', join(packageDir(), 'config', 'jaeger.yaml')],
    env: {
      JAEGER_OTLP_GRPC_PORT: String(ports.otlpGrpc),
      JAEGER_OTLP_HTTP_PORT: String(ports.otlpHttp),
      JAEGER_QUERY_PORT: String(ports.query),
      JAEGER_QUERY_GRPC_PORT: String(ports.queryGrpc),
      JAEGER_HEALTH_PORT: String(ports.health),
    },
  });
  const queryUrl = `http://127.0.0.1:${ports.query}`;
  try {
    await waitFor('Jaeger', async () => (await fetch(`${queryUrl}/api/services`)).status === 200, {
      timeoutMs: 60_000,
      intervalMs: 300,
      gaveUp: () => (server.exited() ? 'jaeger exited' : undefined),
      onTimeout: () => `log ${server.logFile}:\n${server.tail()}`,
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    otlpHttpEndpoint: `http://127.0.0.1:${ports.otlpHttp}`,
    otlpGrpcEndpoint: `http://127.0.0.1:${ports.otlpGrpc}`,
    queryUrl,
    stop: () => server.stop(),
  };
}
