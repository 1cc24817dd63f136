import { Client } from 'pg';

/** Where a loop LISTENs: the database (with the pool's TLS settings, node-postgres' `ssl`) and the channel. */
export interface WakeUpChannel {
  readonly connectionString: string;
  readonly ssl?: { readonly rejectUnauthorized: boolean; readonly ca?: string };
  readonly channel: string;
}

export interface WakeableLoopOptions {
  /** One round: does everything due now (an outbox batch loop, due check-ins, ...). */
  readonly run: () => Promise<unknown>;
  /** A round at least this often even without a wake-up: retries, timers, a missed notification. */
  readonly pollMs: number;
  /**
   * Wake up on Postgres NOTIFY on this channel (a trigger on the table the loop drains), so work committed by
   * another process is picked up at once instead of at the next poll.
   */
  readonly listen?: WakeUpChannel;
  readonly onError?: (error: unknown) => void;
}

const RELISTEN_MS = 1000;

/**
 * The one loop every poller uses: rounds never overlap, a wake-up during a round causes exactly one more round
 * right after it, and between wake-ups it still polls. Wake-ups come from `nudge()` (same process, after a
 * commit) and from LISTEN (other processes); a lost listening connection reconnects, polling covers the gap.
 */
export class WakeableLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private started = false;
  private listener: Client | undefined;
  private relisten: NodeJS.Timeout | undefined;

  constructor(private readonly options: WakeableLoopOptions) {}

  async start(): Promise<void> {
    this.started = true;
    await this.listen().catch((error: unknown) => this.lostListener(error));
    this.nudge();
  }

  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    clearTimeout(this.relisten);
    await this.running;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Runs a round now, or right after the current one. */
  nudge(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.options
      .run()
      .then(() => undefined)
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.running = undefined;
        if (!this.started) return;
        if (this.again) {
          this.again = false;
          this.nudge();
        } else {
          this.timer = setTimeout(() => this.nudge(), this.options.pollMs);
        }
      });
  }

  /** Whether wake-ups from other processes arrive (false: polling only). */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  private async listen(): Promise<void> {
    const target = this.options.listen;
    if (!target || !this.started) return;
    const client = new Client({
      connectionString: target.connectionString,
      ...(target.ssl ? { ssl: { ...target.ssl } } : {}),
      application_name: 'qorgau-wakeup',
    });
    client.on('notification', () => this.nudge());
    client.on('error', (error) => this.lostListener(error));
    await client.connect();
    await client.query(`LISTEN "${target.channel.replace(/"/g, '""')}"`);
    if (!this.started) {
      await client.end();
      return;
    }
    this.listener = client;
  }

  private lostListener(error: unknown): void {
    const lost = this.listener;
    this.listener = undefined;
    void lost?.end().catch(() => undefined);
    if (!this.started) return;
    this.options.onError?.(error);
    clearTimeout(this.relisten);
    this.relisten = setTimeout(() => {
      // Whatever was committed while nobody listened is picked up by the round after reconnecting.
      this.listen()
        .then(() => this.nudge())
        .catch((next: unknown) => this.lostListener(next));
    }, RELISTEN_MS);
  }
}

/** DDL for a statement-level trigger that notifies `channel` after rows are inserted into `table`. */
export function notifyOnInsertDdl(table: string, channel: string): { up: string[]; down: string[] } {
  const fn = `${table}_notify`;
  const trigger = `${table.split('.').pop()}_notify`;
  return {
    up: [
      `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('${channel}', ''); RETURN NULL; END $$`,
      `CREATE TRIGGER ${trigger} AFTER INSERT ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    ],
    down: [`DROP TRIGGER IF EXISTS ${trigger} ON ${table}`, `DROP FUNCTION IF EXISTS ${fn}()`],
  };
}
