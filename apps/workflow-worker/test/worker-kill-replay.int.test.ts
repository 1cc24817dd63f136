import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { casesDataSource } from '@qorgau/cases-persistence';
import { createDatabase, repoRoot } from '@qorgau/devstack';
import { kazakhstanDateOf } from '@qorgau/domain';
import {
  caseClock,
  caseWorkflowId,
  deadlinesQuery,
  executeCaseCommand,
  investigationWorkflow,
  type Actor,
} from '@qorgau/workflows';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createCaseWorker } from '../src/worker';
import { HEAD, latenessReport, quietRuntime } from './support/harness';

/**
 * The fault drill's replay failure, made deterministic on the real Temporal server (time-on-timers.ts in
 * @qorgau/workflows explains it): a worker is SIGKILLed while a case waits for a notice's timer; a fresh worker
 * answers a query on the case (so it caches the run), the timer fires, the task goes first to the dead worker's sticky
 * queue and times out, and the fresh worker runs it with the time of the run's last task. The case must still fire
 * its notice, and its whole history must replay.
 */
const EventType = temporal.api.enums.v1.EventType;
/** One case day a real second: the first reminder (limitation from discovery, 2 working days before) is ~25 s away. */
const SCALE = 86_400;
const REGISTRAR: Actor = { ref: 'reg-1', role: 'registrar' };
const BUNDLE = require.resolve('../dist/workflow-bundle.js');

/** The killable worker (test/support/killable-worker.ts) in its own process, resolved once it polls. */
function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'support', 'killable-worker.ts')],
    { cwd: repoRoot(__dirname), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`the worker process exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
  });
}

const t0 = Date.now();
const trace = (what: string) => process.stderr.write(`[kill-replay +${Date.now() - t0} ms] ${what}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a worker killed while a notice timer runs, then a query on a fresh worker', () => {
  const taskQueue = `kill-replay-${Date.now()}`;
  let dataSource: DataSource;
  let databaseUrl: string;
  let connection: NativeConnection;
  let client: Client;
  let killed: ChildProcess | undefined;
  let fresh: { worker: Worker; running: Promise<void> } | undefined;

  beforeAll(async () => {
    quietRuntime();
    databaseUrl = await createDatabase(process.env.DATABASE_URL!, 'wf_worker_kill');
    dataSource = casesDataSource({ url: databaseUrl, poolSize: 4 });
    await dataSource.initialize();
    await dataSource.runMigrations();
    connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    client = new Client({
      connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }),
      namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    });
  });

  afterAll(async () => {
    killed?.kill('SIGKILL');
    if (fresh) {
      fresh.worker.shutdown();
      await fresh.running.catch(() => undefined);
    }
    await connection?.close();
    await dataSource?.destroy();
  });

  it('fires the notice and replays its whole history', async () => {
    killed = await startWorkerProcess({ DATABASE_URL: databaseUrl, TASK_QUEUE: taskQueue });
    const caseId = `kill-${Date.now()}`;
    const origin = Date.now();
    const clock = caseClock({ origin, scale: SCALE }, 0);
    const handle = await client.workflow.start(investigationWorkflow, {
      workflowId: caseWorkflowId(caseId),
      taskQueue,
      args: [{ caseId, unitId: 'unit-7', clock: { origin, scale: SCALE } }],
    });
    const today = kazakhstanDateOf(new Date(clock.now()).toISOString());
    await executeCaseCommand(handle, {
      command: latenessReport(today),
      actor: REGISTRAR,
      requestId: `${caseId}-1`,
    });
    await executeCaseCommand(handle, {
      command: { type: 'RequestExplanations' },
      actor: HEAD,
      requestId: `${caseId}-2`,
    });
    const next = (await handle.query(deadlinesQuery))
      .flatMap((d) => d.timers)
      .filter((t) => !t.sent)
      .map((t) => Date.parse(t.firesAt))
      .sort((a, b) => a - b)[0]!;
    const firesInMs = clock.realAt(next) - Date.now();
    trace(`the first notice fires in ${firesInMs} ms`);
    // The kill comes 6 s before the timer fires: the server still counts on the dead worker's sticky queue (it
    // gives up on a queue after ~10 s without a poll).
    expect(firesInMs).toBeGreaterThan(8_000);
    await sleep(clock.realAt(next) - 6_000 - Date.now());
    await handle.query(deadlinesQuery); // answered by the doomed worker, which then polls its sticky queue afresh
    trace('kill');
    killed.kill('SIGKILL');
    const worker = await createCaseWorker({ connection, taskQueue, dataSource, workflowBundlePath: BUNDLE });
    fresh = { worker, running: worker.run() };
    // The query first goes to the dead worker's sticky queue, which fails it ("no poller seen ... recently"); asked
    // again, as a client retries, the fresh worker answers it, replaying the run and caching it. The timer fired
    // meanwhile, so its task went to the sticky queue too and times out there.
    trace('query');
    for (let attempt = 1; ; attempt += 1) {
      try {
        await handle.query(deadlinesQuery);
        break;
      } catch (error) {
        trace(`query failed: ${String((error as { cause?: unknown }).cause ?? error)}`);
        if (attempt === 3) throw error;
      }
    }
    trace('query answered');

    // The timer fires; its task waits on the dead worker's sticky queue (10 s), then the fresh worker takes it.
    const types = async () =>
      (await handle.fetchHistory()).events!.map((e) => ({
        type: e.eventType,
        activity: e.activityTaskScheduledEventAttributes?.activityType?.name,
      }));
    const deadline = clock.realAt(next) + 60_000;
    let events = await types();
    const timedOutAt = () => events.findIndex((e) => e.type === EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT);
    const noticeAfterTimeout = () =>
      timedOutAt() >= 0 && events.slice(timedOutAt()).some((e) => e.activity === 'announceCaseNotice');
    while (!noticeAfterTimeout() && Date.now() < deadline) {
      await sleep(1_000);
      events = await types();
    }
    // The situation happened (a task timed out on the dead worker's queue), and the notice went out after it.
    expect(timedOutAt()).toBeGreaterThanOrEqual(0);
    expect(noticeAfterTimeout()).toBe(true);

    trace('the notice went out');
    const history = await handle.fetchHistory();
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: BUNDLE } }, history, handle.workflowId),
    ).resolves.toBeUndefined();
  }, 150_000);
});
