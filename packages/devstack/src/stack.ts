import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startKafka, type KafkaHandle } from './kafka';
import { cacheDir, runDir } from './paths';
import { startPostgres, type PostgresHandle } from './postgres';
import { startTemporalDevServer, type TemporalDevServerHandle } from './temporal-dev-server';
import { temporalTestServerPath } from './temporal-test-server';

export interface StackOptions {
  postgres?: boolean;
  kafka?: boolean;
  temporalDevServer?: boolean;
  temporalTestServer?: boolean;
  /** Keep data under .cache/local between runs (the local run); tests use throw-away folders. */
  persistent?: boolean;
  /** Serve the Temporal Web UI (local run). */
  temporalUi?: boolean;
  /** Use the well-known ports (5432, 9092, 7233, Web UI 8233) where free: the local run. */
  conventionalPorts?: boolean;
  /**
   * Fault drills: servers that survive a SIGKILL and `restart()` without losing what they acknowledged —
   * Postgres with synchronous_commit on, the Temporal dev server keeping its state in a SQLite file
   * (`--db-filename`, a throw-away one unless `persistent`).
   */
  crashSafe?: boolean;
}

export interface Stack {
  postgres?: PostgresHandle;
  kafka?: KafkaHandle;
  temporal?: TemporalDevServerHandle;
  temporalTestServerPath?: string;
  /** The environment that points apps and tests at this stack. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts the requested infrastructure in parallel; on any failure stops what did start. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const {
    postgres = true,
    kafka = true,
    temporalDevServer = true,
    temporalTestServer = true,
    persistent = false,
    temporalUi = false,
    conventionalPorts = false,
    crashSafe = false,
  } = options;
  const local = persistent ? cacheDir('local') : undefined;
  const temporalDir = !local && crashSafe ? runDir('temporal') : undefined;
  const started = await Promise.allSettled([
    postgres
      ? startPostgres({
          persistentDir: local && join(local, 'postgres'),
          preferredPort: conventionalPorts ? 5432 : undefined,
          crashSafe,
        })
      : undefined,
    kafka
      ? startKafka({
          persistentDir: local && cacheDir('local', 'kafka'),
          preferredPorts: conventionalPorts ? { broker: 9092, controller: 9093 } : undefined,
        })
      : undefined,
    temporalDevServer
      ? startTemporalDevServer({
          dbFile: local
            ? join(local, 'temporal.sqlite')
            : temporalDir && join(temporalDir, 'temporal.sqlite'),
          headless: !temporalUi,
          preferredPorts: conventionalPorts ? { frontend: 7233, ui: 8233, http: 7243 } : undefined,
        })
      : undefined,
    temporalTestServer ? Promise.resolve().then(temporalTestServerPath) : undefined,
  ]);
  const value = <T>(result: PromiseSettledResult<T> | undefined): T | undefined =>
    result?.status === 'fulfilled' ? result.value : undefined;
  const stack: Stack = {
    postgres: value(started[0]) as PostgresHandle | undefined,
    kafka: value(started[1]) as KafkaHandle | undefined,
    temporal: value(started[2]) as TemporalDevServerHandle | undefined,
    temporalTestServerPath: value(started[3]) as string | undefined,
    env: {},
    async stop() {
      await Promise.allSettled([stack.postgres?.stop(), stack.kafka?.stop(), stack.temporal?.stop()]);
      if (temporalDir) rmSync(temporalDir, { recursive: true, force: true });
    },
  };
  const failures = started.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failures.length > 0) {
    await stack.stop();
    throw new Error(
      failures.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))).join('\n'),
    );
  }
  if (stack.postgres) stack.env.DATABASE_URL = stack.postgres.url;
  if (stack.kafka) {
    stack.env.KAFKA_BROKERS = stack.kafka.brokers;
    stack.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  }
  if (stack.temporal) {
    stack.env.TEMPORAL_ADDRESS = stack.temporal.address;
    stack.env.TEMPORAL_NAMESPACE = stack.temporal.namespace;
    if (stack.temporal.uiUrl) stack.env.TEMPORAL_UI_URL = stack.temporal.uiUrl;
  }
  if (stack.temporalTestServerPath) stack.env.TEMPORAL_TEST_SERVER_PATH = stack.temporalTestServerPath;
  return stack;
}
