// One whole system per test file: the four apps from @qorgau/local-system on the infrastructure devstack's jest
// globalSetup named (DATABASE_URL, KAFKA_BROKERS, TEMPORAL_ADDRESS), with databases, a task queue and consumer groups
// of its own, so files never share state; and a Kafka observer on the contracts' topics. Started in beforeAll,
// stopped in afterAll.
import { randomBytes } from 'node:crypto';
import { QorgauHttp, startSystem, type RunningSystem } from '@qorgau/local-system';
import { KafkaObserver } from './kafka';
import { type Person } from './people';

/** One case day every 4 real seconds: the first support check-in (day 7) comes about half a minute after a decision. */
export const DEFAULT_TIME_SCALE = 86_400 / 4;
/** Starting the apps takes ~15 s on a warm machine; a cold CI machine gets much longer. */
export const START_TIMEOUT_MS = 300_000;
/** A scenario test: HTTP steps plus up to a minute of waiting for case time. */
export const SCENARIO_TIMEOUT_MS = 240_000;

export interface E2eSystem {
  readonly system: RunningSystem;
  readonly kafka: KafkaObserver;
  /** Case milliseconds per real millisecond (QORGAU_TIME_SCALE of this system). */
  readonly timeScale: number;
  /** The services as one seed person (their dev token). */
  as(person: Person): QorgauHttp;
  /** Polls `check` until it returns a value; fails at once, with the log's tail, if an app has exited. */
  until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs?: number): Promise<T>;
}

const say = (line: string) => process.stdout.write(`[e2e] ${line}\n`);

export function useSystem(
  name: string,
  { timeScale = DEFAULT_TIME_SCALE, jaeger = false }: { timeScale?: number; jaeger?: boolean } = {},
): E2eSystem {
  const id = `${name}-${randomBytes(3).toString('hex')}`;
  let running: { system: RunningSystem; kafka: KafkaObserver } | undefined;
  let started = 0;

  beforeAll(async () => {
    started = Date.now();
    const brokers = process.env.KAFKA_BROKERS;
    if (!brokers) throw new Error('KAFKA_BROKERS is not set: run under devstack (pnpm test:int)');
    const system = await startSystem({
      timeScale,
      jaeger,
      databasePrefix: `e2e_${id.replace(/-/g, '_')}_`,
      taskQueue: `e2e-${id}`,
      // The apps' default consumer groups would be shared with every other system on this Kafka.
      env: {
        CONSUMER_GROUP: `e2e-${id}-notifications`,
        WELLBEING_CONSUMER_GROUP: `e2e-${id}-wellbeing`,
        SUPPORT_CONSUMER_GROUP: `e2e-${id}-cases-support`,
      },
      log: (message) => say(`${id}: ${message}`),
    });
    try {
      const kafka = await KafkaObserver.start(brokers, `e2e-${id}-observer`);
      running = { system, kafka };
    } catch (error) {
      await system.stop();
      throw error;
    }
    say(`${id}: logs ${system.apps.map((app) => app.logFile).join(' ')}`);
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    const dead = running?.system.apps.filter((app) => app.exited()) ?? [];
    for (const app of dead) say(`${id}: ${app.name} had exited; last lines:\n${app.tail(30)}`);
    await running?.kafka.stop().catch(() => undefined);
    await running?.system.stop();
    say(`${id}: ${((Date.now() - started) / 1000).toFixed(1)} s from start to stop`);
  }, 60_000);

  const current = () => {
    if (!running) throw new Error(`system ${id} is not running (did beforeAll fail?)`);
    return running;
  };

  return {
    get system() {
      return current().system;
    },
    get kafka() {
      return current().kafka;
    },
    timeScale,
    as(person: Person) {
      const { system } = current();
      const seeded = system.seed.people[person];
      if (!seeded) throw new Error(`no seed person ${person}`);
      return new QorgauHttp(system.urls).as(seeded.token);
    },
    async until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
      const { system } = current();
      const deadline = Date.now() + timeoutMs;
      let last: unknown;
      for (;;) {
        const dead = system.apps.find((app) => app.exited());
        if (dead) throw new Error(`${what}: ${dead.name} exited; last lines:\n${dead.tail(30)}`);
        try {
          const value = await check();
          if (value !== undefined) return value;
        } catch (error) {
          last = error;
        }
        if (Date.now() > deadline) {
          throw new Error(
            `${what}: not seen within ${timeoutMs} ms${last ? ` (last error: ${last instanceof Error ? last.message : JSON.stringify(last)})` : ''}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
  };
}
