import { randomBytes } from 'node:crypto';
import { startSystem, type RunningSystem } from '@qorgau/local-system';

/** A whole system of its own (databases, task queue, consumer groups) on the infrastructure the env names. */
export async function benchSystem(name: string, env: Record<string, string> = {}): Promise<RunningSystem> {
  const id = `${name}-${randomBytes(3).toString('hex')}`;
  return startSystem({
    databasePrefix: `bench_${id.replace(/-/g, '_')}_`,
    taskQueue: `bench-${id}`,
    env: {
      CONSUMER_GROUP: `bench-${id}-notifications`,
      WELLBEING_CONSUMER_GROUP: `bench-${id}-wellbeing`,
      SUPPORT_CONSUMER_GROUP: `bench-${id}-cases-support`,
      LOG_LEVEL: 'warn',
      ...env,
    },
    log: (line) => console.log(`[bench] ${line}`),
  });
}
