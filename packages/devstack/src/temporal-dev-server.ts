import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Connection } from '@temporalio/client';
import { cacheDir } from './paths';
import { freePort, pickPort, waitFor } from './ports';
import { requireCommand } from './prerequisites';
import { startProcess, tailFile } from './process';

/** The Temporal CLI release devstack builds when none is installed. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

export interface TemporalDevServerHandle {
  /** host:port of the frontend gRPC service, as TEMPORAL_ADDRESS expects. */
  readonly address: string;
  readonly namespace: string;
  /** Web UI URL, when this process started the server. */
  readonly uiUrl: string | undefined;
  readonly external: boolean;
  stop(): Promise<void>;
  /**
   * Fault drills: SIGKILL the server and start it again with the same arguments (ports, `dbFile`); resolves once
   * the namespace answers. Without a `dbFile` the restarted server has forgotten every workflow. Absent for an
   * external server.
   */
  restart?(): Promise<void>;
}

export interface TemporalDevServerOptions {
  /** SQLite file that keeps workflows between runs (local run); in-memory otherwise. */
  dbFile?: string;
  headless?: boolean;
  /** Ports to use when free (local run): the CLI's own defaults are 7233 / 8233 / 7243. */
  preferredPorts?: { frontend: number; ui: number; http: number };
}

/** A `temporal` CLI that needs no build: TEMPORAL_CLI_PATH, PATH, or one built earlier into .cache/. */
export function existingTemporalCli(): string | undefined {
  if (process.env.TEMPORAL_CLI_PATH) return process.env.TEMPORAL_CLI_PATH;
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'temporal'))
    .find((candidate) => existsSync(candidate));
  if (onPath) return onPath;
  const cached = join(cacheDir('temporal-cli', TEMPORAL_CLI_VERSION), 'temporal');
  return existsSync(cached) ? cached : undefined;
}

/** The `temporal` CLI: an existing one, else built once with `go install` into .cache/. */
export function temporalCliPath(): string {
  const existing = existingTemporalCli();
  if (existing) return existing;
  const binDir = cacheDir('temporal-cli', TEMPORAL_CLI_VERSION);
  const binary = join(binDir, 'temporal');
  requireCommand('go');
  const log = join(cacheDir('logs'), `go-install-temporal-${TEMPORAL_CLI_VERSION}.log`);
  console.log(
    `devstack: building the Temporal CLI ${TEMPORAL_CLI_VERSION} once with go install (minutes; log ${log})`,
  );
  const fd = openSync(log, 'w');
  try {
    execFileSync('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], {
      env: { ...process.env, GOBIN: binDir, CGO_ENABLED: '0' },
      stdio: ['ignore', fd, fd],
      timeout: 30 * 60_000,
    });
  } catch {
    throw new Error(`devstack: go install of the Temporal CLI failed:\n${tailFile(log, 20)}`);
  } finally {
    closeSync(fd);
  }
  return binary;
}

/** The Temporal CLI dev server (frontend, history, matching, Web UI in one process), or TEMPORAL_ADDRESS. */
export async function startTemporalDevServer(
  options: TemporalDevServerOptions = {},
): Promise<TemporalDevServerHandle> {
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  if (process.env.TEMPORAL_ADDRESS) {
    return {
      address: process.env.TEMPORAL_ADDRESS,
      namespace,
      uiUrl: undefined,
      external: true,
      stop: async () => undefined,
    };
  }
  const cli = temporalCliPath();
  const preferred = options.preferredPorts;
  const port = await pickPort(preferred?.frontend);
  const uiPort = await pickPort(preferred?.ui);
  const httpPort = await pickPort(preferred?.http);
  const metricsPort = await freePort();
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--http-port',
    String(httpPort),
    '--metrics-port',
    String(metricsPort),
    '--namespace',
    namespace,
    '--log-level',
    'warn',
  ];
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  if (options.headless) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  const address = `127.0.0.1:${port}`;
  const launch = async () => {
    const started = startProcess({ name: 'temporal-dev-server', command: cli, args });
    try {
      await waitFor(
        'Temporal dev server',
        async () => {
          const connection = await Connection.connect({ address, connectTimeout: 1_000 });
          try {
            await connection.workflowService.describeNamespace({ namespace });
            return true;
          } finally {
            await connection.close();
          }
        },
        {
          timeoutMs: 60_000,
          intervalMs: 300,
          gaveUp: () => (started.exited() ? 'the server exited' : undefined),
          onTimeout: () => `log ${started.logFile}:\n${started.tail()}`,
        },
      );
    } catch (error) {
      await started.stop();
      throw error;
    }
    return started;
  };
  let server = await launch();
  return {
    address,
    namespace,
    uiUrl: options.headless ? undefined : `http://127.0.0.1:${uiPort}`,
    external: false,
    stop: () => server.stop(),
    async restart() {
      await server.kill('SIGKILL');
      server = await launch();
    },
  };
}
