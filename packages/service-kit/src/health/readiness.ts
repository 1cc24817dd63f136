import { Injectable } from '@nestjs/common';

/** One dependency readiness depends on: resolves when usable, throws (or times out) when not. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

/** Feature modules register their dependencies here (onModuleInit); `/health/ready` checks them all. */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

  register(check: ReadinessCheck): void {
    this.checks.set(check.name, check);
  }

  all(): ReadinessCheck[] {
    return [...this.checks.values()];
  }
}

/** Rejects if `work` takes longer than `ms`: a hanging dependency is a down dependency. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** `SELECT 1` on a TypeORM DataSource (or anything with `query`). */
export const databasePing = (
  dataSource: { query(sql: string): Promise<unknown> },
  name = 'database',
  timeoutMs = 2000,
): ReadinessCheck => ({
  name,
  check: async () => void (await withTimeout(dataSource.query('SELECT 1'), timeoutMs, name)),
});

interface KafkaAdminLike {
  connect(): Promise<void>;
  describeCluster(): Promise<{ brokers: unknown[] }>;
}

/** Kafka admin `describeCluster`: the brokers answer. The admin client connects once, lazily. */
export function kafkaClusterCheck(admin: KafkaAdminLike, name = 'kafka', timeoutMs = 3000): ReadinessCheck {
  let connected: Promise<void> | undefined;
  return {
    name,
    check: async () => {
      connected ??= admin.connect().catch((error: unknown) => {
        connected = undefined;
        throw error;
      });
      await withTimeout(connected, timeoutMs, name);
      const { brokers } = await withTimeout(admin.describeCluster(), timeoutMs, name);
      if (brokers.length === 0) throw new Error('no brokers');
    },
  };
}
