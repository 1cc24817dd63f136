// Scale of one worker and cost growth (issue 15): open investigation workflows with live timers at rising levels,
// on one real workflow-worker process, and wellbeing's due check-in scheduler with as many check-ins falling due.
// Each level adds cases to the ones already open. Per level: the worker's RSS, its sticky cache, an update's
// latency on a cached case and on an evicted one (which the worker must replay), the start rate, the time to
// turn N due check-ins into tasks. Prints a table, writes JSON under .cache/bench/ and the growth chart as PNG.
// Usage: pnpm --filter @qorgau/bench worker-scale [--levels 1000,10000,50000] [--cache 500] [--concurrency 32]
//        [--samples 20] [--scheduler-poll-ms 1000] [--png bench/results/cost-growth.png]
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { repoRoot, startStack } from '@qorgau/devstack';
import { caseWorkflowId } from '@qorgau/workflows';
import { Client, Connection } from '@temporalio/client';
import { report, round } from './report';
import { SCHEDULER_BATCH, startWellbeing } from './scale/check-ins';
import { writeCostGrowthPng, type GrowthPoint } from './scale/cost-growth';
import { openCases } from './scale/open-cases';
import { updateLatency, type UpdateLatency } from './scale/update-latency';
import { startWorkerProcess } from './scale/worker-process';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const latencyCells = (what: string, l: UpdateLatency, misses: number) => ({
  [`${what} p50 ms`]: round(l.roundTripP50Ms),
  [`${what} task ms`]: round(l.taskRunP50Ms),
  [`${what} cache misses`]: `${misses}/${l.samples}`,
});

/** Whether a case waits on a timer that has not fired (a live deadline). */
async function hasLiveTimer(client: Client, caseId: string): Promise<boolean> {
  const events = (await client.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory()).events ?? [];
  const started = events.filter((e) => e.timerStartedEventAttributes).length;
  const ended = events.filter((e) => e.timerFiredEventAttributes || e.timerCanceledEventAttributes).length;
  return started > ended;
}

async function main(): Promise<void> {
  const levels = arg('levels', '1000,10000').split(',').map(Number);
  const cache = Number(arg('cache', '500'));
  const concurrency = Number(arg('concurrency', '32'));
  const samples = Number(arg('samples', '20'));
  const schedulerPollMs = Number(arg('scheduler-poll-ms', '1000'));
  const png = resolve(repoRoot(__dirname), arg('png', join('bench', 'results', 'cost-growth.png')));
  const log = (line: string) =>
    console.log(`[worker-scale ${new Date().toISOString().slice(11, 19)}] ${line}`);

  // The infrastructure the environment names (DATABASE_URL, KAFKA_BROKERS, TEMPORAL_ADDRESS), else a throw-away one.
  const stack = await startStack({ temporalTestServer: false });
  const env = { ...process.env, ...stack.env } as Record<string, string>;
  const namespace = env.TEMPORAL_NAMESPACE ?? 'default';
  const taskQueue = `bench-scale-${randomBytes(3).toString('hex')}`;
  const worker = await startWorkerProcess({
    adminUrl: env.DATABASE_URL!,
    temporalAddress: env.TEMPORAL_ADDRESS!,
    namespace,
    taskQueue,
    maxCachedWorkflows: cache,
  });
  const wellbeing = await startWellbeing({
    adminUrl: env.DATABASE_URL!,
    kafkaBrokers: env.KAFKA_BROKERS!,
    temporalAddress: env.TEMPORAL_ADDRESS!,
    taskQueue,
    schedulerPollMs,
  });
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS! });
  const client = new Client({ connection, namespace });
  const idle = worker.memory();
  log(`worker pid ${worker.process.pid} on ${taskQueue}: idle RSS ${round(idle.rssMiB)} MiB, cache ${cache}`);
  const rows: Record<string, string | number>[] = [];
  const points: GrowthPoint[] = [];
  const opened: string[] = [];
  const settings = {
    maxCachedWorkflows: cache,
    sdkDefaultMaxCachedWorkflows:
      'max(floor((heap MiB - 200) * 600 / 1024), 10): 2310 on the default 4144 MiB heap',
    maxConcurrentWorkflowTaskExecutions: 10,
    maxConcurrentActivityTaskExecutions: 20,
    idleRssMiB: round(idle.rssMiB),
    concurrency,
    samples,
    schedulerPollMs,
    schedulerBatch: SCHEDULER_BATCH,
    shippedSchedulerPollMs: 60_000,
  };
  try {
    for (const level of levels) {
      const cpuBefore = worker.cpuSeconds();
      const batch = await openCases(client, taskQueue, {
        count: level - opened.length,
        concurrency,
        onProgress: (n) =>
          log(`${opened.length + n}/${level} open (RSS ${round(worker.memory().rssMiB)} MiB)`),
      });
      opened.push(...batch.caseIds);
      const cpuPerCaseMs = ((worker.cpuSeconds() - cpuBefore) * 1000) / batch.caseIds.length;
      await settle(3000);
      const memory = worker.memory();
      const cached = await worker.sdkMetric('temporal_sticky_cache_size');
      const open = (await client.workflow.count(`TaskQueue = "${taskQueue}" AND ExecutionStatus = "Running"`))
        .count;
      const timers = await hasLiveTimer(client, batch.caseIds[Math.floor(batch.caseIds.length / 2)]!);
      // Most recently opened: still in the cache. The first of this level's batch: evicted once the batch
      // outgrew the cache (least recently used), so the worker fetches and replays it.
      const misses = () => worker.sdkMetric('temporal_sticky_cache_miss');
      const m0 = await misses();
      const onCached = await updateLatency(client, batch.caseIds.slice(-samples).reverse());
      const m1 = await misses();
      const onEvicted = await updateLatency(client, batch.caseIds.slice(0, samples));
      const m2 = await misses();
      const afterUpdates = worker.memory();
      log(
        `level ${level}: ${round(batch.perSecond)} cases/s, RSS ${round(memory.rssMiB)} MiB; check-ins next`,
      );
      const checkIns = await wellbeing.dueCheckIns(level);
      const row = {
        'open cases': open,
        'live timer': timers ? 'yes' : 'no',
        'start /s': round(batch.perSecond),
        'worker CPU ms/case': round(cpuPerCaseMs),
        'RSS MiB': round(memory.rssMiB),
        'peak RSS MiB': round(Math.max(memory.peakMiB, afterUpdates.peakMiB)),
        cached,
        ...latencyCells('cached', onCached, m1 - m0),
        ...latencyCells('evicted', onEvicted, m2 - m1),
        'replay history events': onEvicted.historyEvents,
        'check-ins due': checkIns.plans,
        'check-ins s': round(checkIns.seconds),
        'check-in tasks': checkIns.tasks,
      };
      rows.push(row);
      console.log(row);
      const point = (figure: string, value: number) => points.push({ cases: open, figure, value });
      point('worker RSS (MiB)', memory.rssMiB);
      point('start rate (cases/s)', batch.perSecond);
      point('worker CPU per opened case (ms)', cpuPerCaseMs);
      point('update on a cached case, p50 (ms)', onCached.roundTripP50Ms);
      point('update on an evicted case, p50 (ms)', onEvicted.roundTripP50Ms);
      point('its workflow task, cached, p50 (ms)', onCached.taskRunP50Ms);
      point('its workflow task, replayed, p50 (ms)', onEvicted.taskRunP50Ms);
      point(`N due check-ins → tasks (s, poll ${schedulerPollMs} ms)`, checkIns.seconds);
      // After every level, so a long run stopped part-way keeps what it measured.
      report('worker-scale', rows, settings);
      await writeCostGrowthPng(points, `One worker, cache ${cache}: cost against open cases`, png);
      log(`written ${png}`);
    }
  } finally {
    await connection.close();
    await wellbeing.stop();
    await worker.process.stop();
    await stack.stop();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
