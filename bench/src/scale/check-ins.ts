// Scheduled support check-ins at scale: the real wellbeing-service process (its own database and role, migrated
// at boot as in development) and its DueCheckInScheduler. N plans, each with a check-in due today, are written in
// one transaction (the NOTIFY wakes the scheduler); timed until none is left `scheduled`, each one a task.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  cacheDir,
  createDatabase,
  freePort,
  repoRoot,
  startProcess,
  waitFor,
  type ManagedProcess,
} from '@qorgau/devstack';
import { createTopics, kazakhstanDate } from '@qorgau/local-system';
import { Client as Pg } from 'pg';
import { UNIT } from './open-cases';

const exec = promisify(execFile);
const ROLE = 'qorgau_wellbeing';
const PASSWORD = 'qorgau-wellbeing-local';
/** DueCheckInScheduler's claim per round (`.limit(100)`). */
export const SCHEDULER_BATCH = 100;

export interface CheckInRun {
  readonly plans: number;
  readonly seconds: number;
  readonly tasks: number;
  readonly rounds: number;
}

export interface WellbeingProcess {
  readonly process: ManagedProcess;
  /** Writes `plans` new plans with a check-in due today and waits until the scheduler made them all tasks. */
  dueCheckIns(plans: number): Promise<CheckInRun>;
  stop(): Promise<void>;
}

export async function startWellbeing(options: {
  adminUrl: string;
  kafkaBrokers: string;
  temporalAddress: string;
  taskQueue: string;
  schedulerPollMs: number;
}): Promise<WellbeingProcess> {
  const adminUrl = await createDatabase(options.adminUrl, 'bench_scale_wellbeing');
  const root = repoRoot(__dirname);
  await exec(process.execPath, ['dist/db/provision-cli.js'], {
    cwd: join(root, 'apps/wellbeing-service'),
    env: {
      ...process.env,
      DATABASE_ADMIN_URL: adminUrl,
      WELLBEING_DB_ROLE: ROLE,
      WELLBEING_DB_PASSWORD: PASSWORD,
    },
  });
  await createTopics(options.kafkaBrokers);
  const url = new URL(adminUrl);
  url.username = ROLE;
  url.password = PASSWORD;
  const port = await freePort();
  const app = startProcess({
    name: 'wellbeing-service-scale',
    command: process.execPath,
    args: ['dist/main.js'],
    cwd: join(root, 'apps', 'wellbeing-service'),
    env: {
      NODE_ENV: 'development',
      DATABASE_URL: url.toString(),
      HOST: '127.0.0.1',
      PORT: String(port),
      KAFKA_BROKERS: options.kafkaBrokers,
      TEMPORAL_ADDRESS: options.temporalAddress,
      TEMPORAL_TASK_QUEUE: options.taskQueue,
      WELLBEING_CONSUMER_GROUP: `${options.taskQueue}-wellbeing`,
      JWT_DEV_KEYS_DIR: cacheDir('dev-keys'),
      SEED_LOCAL_UNIT_STAFF: 'true',
      SCHEDULER_POLL_MS: String(options.schedulerPollMs),
      LOG_LEVEL: 'warn',
      OTEL_SDK_DISABLED: 'true',
    },
  });
  await waitFor(
    'wellbeing-service',
    async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200,
    {
      timeoutMs: 120_000,
      gaveUp: () => (app.exited() ? `exited; log: ${app.logFile}` : undefined),
      onTimeout: () => app.tail(40),
    },
  );
  const pg = new Pg({ connectionString: adminUrl });
  await pg.connect();
  let written = 0;

  const count = async (sql: string): Promise<number> =>
    Number(((await pg.query(sql)).rows[0] as { n: string }).n);

  return {
    process: app,
    async dueCheckIns(plans) {
      const from = written;
      written += plans;
      const today = kazakhstanDate(Date.now());
      const tasksBefore = await count(`SELECT count(*) AS n FROM wellbeing.check_in_tasks`);
      const started = performance.now();
      await pg.query('BEGIN');
      await pg.query(
        `INSERT INTO wellbeing.support_plans (plan_id, person_ref, role, case_id, unit_id, origin, incident_ref,
                starts_on, status, consent_state)
         SELECT 'bench-plan-' || i, 'bench-officer-' || i, 'assaulted-officer', NULL, $3, 'assault-on-duty',
                'bench-incident-' || i, $4::date - 7, 'active', 'given'
           FROM generate_series($1::int, $2::int) AS i`,
        [from, written - 1, UNIT, today],
      );
      await pg.query(
        `INSERT INTO wellbeing.scheduled_check_ins (plan_id, check_in_number, offset_days, due_on, status)
         SELECT 'bench-plan-' || i, 1, 7, $3::date, 'scheduled' FROM generate_series($1::int, $2::int) AS i`,
        [from, written - 1, today],
      );
      await pg.query('COMMIT');
      await waitFor(
        'due check-ins',
        async () =>
          (await count(
            `SELECT count(*) AS n FROM wellbeing.scheduled_check_ins WHERE status = 'scheduled'`,
          )) === 0,
        {
          timeoutMs: 3 * 60 * 60_000,
          intervalMs: 100,
          gaveUp: () => (app.exited() ? app.tail(40) : undefined),
        },
      );
      const seconds = (performance.now() - started) / 1000;
      const tasks = (await count(`SELECT count(*) AS n FROM wellbeing.check_in_tasks`)) - tasksBefore;
      return { plans, seconds, tasks, rounds: Math.ceil(plans / SCHEDULER_BATCH) };
    },
    async stop() {
      await pg.end();
      await app.stop();
    },
  };
}
