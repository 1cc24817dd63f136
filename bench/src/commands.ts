// Commands against their floor: a report (POST /cases, which starts the case's workflow) followed by a
// workflow-update command (POST …/explanations/request), at rising open-loop rates, against a bare Temporal
// workflow start + one update on the same server, driven by the same open loop. Also what one report and one
// update cost in workflow tasks and activities (from a case's history).
// Usage: pnpm --filter @qorgau/bench commands [--seconds 10] [--rates 1,2,4,6,8,12,16,24,32]
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kazakhstanDate, QorgauHttp, seedReport } from '@qorgau/local-system';
import { caseWorkflowId } from '@qorgau/workflows';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { startCpuSplit, type CpuShare } from './cpu-split';
import { floorCase, step } from './floor/workflow';
import { highestSustained, openLoopStep, steppedOpenLoop, type StepResult } from './open-loop';
import { report, round } from './report';
import { benchSystem } from './system';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};

const row = (what: string, s: StepResult) => ({
  what,
  'offered/s': s.offeredPerSecond,
  'achieved/s': round(s.achievedPerSecond),
  'p50 ms': round(s.p50Ms),
  'p99 ms': round(s.p99Ms),
  errors: s.errors,
});

async function main(): Promise<void> {
  const seconds = Number(arg('seconds', '10'));
  const rates = arg('rates', '1,2,4,6,8,12,16,24,32').split(',').map(Number);
  const system = await benchSystem('commands');
  const { address, namespace } = system.temporal;
  const floorQueue = `floor-${randomUUID().slice(0, 8)}`;
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address }),
    namespace,
    taskQueue: floorQueue,
    workflowsPath: require.resolve('./floor/workflow'),
  });
  const running = worker.run();
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace });
  try {
    const floor = async () => {
      const handle = await client.workflow.start(floorCase, {
        taskQueue: floorQueue,
        workflowId: `floor-${randomUUID()}`,
      });
      await handle.executeUpdate(step, { args: ['request-explanations'] });
    };
    const head = new QorgauHttp(system.urls).as(system.seed.people['head-1']!.token);
    const today = kazakhstanDate(Date.now());
    const caseIds: string[] = [];
    const qorgau = async () => {
      const { body } = await head.post<{ caseId: string }>('cases', '/cases', seedReport(today, today));
      await head.post('cases', `/cases/${body.caseId}/explanations/request`, {});
      caseIds.push(body.caseId);
    };
    const say = (what: string) => (s: StepResult) =>
      console.log(
        `${what} @ ${s.offeredPerSecond}/s: ${round(s.achievedPerSecond)}/s, p50 ${round(s.p50Ms)} ms, p99 ${round(s.p99Ms)} ms, errors ${s.errors}`,
      );

    await openLoopStep(floor, { rate: 2, seconds: 2 }); // warm-up: the bundle's first tasks, connections
    await openLoopStep(qorgau, { rate: 1, seconds: 2 });
    const floorSteps = await steppedOpenLoop(floor, { rates, seconds, onStep: say('floor') });
    const qorgauSteps = await steppedOpenLoop(qorgau, { rates, seconds, onStep: say('qorgau') });
    const floorMax = highestSustained(floorSteps);
    const qorgauMax = highestSustained(qorgauSteps);
    // The tail at 80 % of Qorgau's highest sustained rate (goal: p99 ≤ 5 × p50), and where the CPU went,
    // against the floor at the same rate.
    const rate80 = Math.max(1, 0.8 * qorgauMax);
    const qorgauCpu = startCpuSplit();
    const at80 = await openLoopStep(qorgau, { rate: rate80, seconds });
    const qorgauShares = qorgauCpu.stop();
    say('qorgau at 80 %')(at80);
    const floorCpu = startCpuSplit();
    const floorAt80 = await openLoopStep(floor, { rate: rate80, seconds });
    const floorShares = floorCpu.stop();
    say('floor at the same rate')(floorAt80);
    const cpuPerOperation = {
      qorgau: perOperation(qorgauShares, at80),
      floor: perOperation(floorShares, floorAt80),
    };
    console.log(`CPU per operation at ${round(rate80)}/s, by process (ms):`);
    console.table(cpuTable(cpuPerOperation));
    await stopProfiles();
    const cost = await historyCost(client, caseIds[caseIds.length - 1]!);

    report(
      'commands',
      [
        ...floorSteps.map((s) => row('bare Temporal start + update (floor)', s)),
        ...qorgauSteps.map((s) => row('report + request explanations', s)),
        row('report + request explanations at 80 %', at80),
      ],
      {
        seconds,
        floorHighestSustained: floorMax,
        qorgauHighestSustained: qorgauMax,
        ratio: floorMax ? round(qorgauMax / floorMax, 3) : null,
        goal: 0.6,
        tailAt80: round(at80.p99Ms / at80.p50Ms, 2),
        tailGoal: 5,
        costOfOneCase: cost,
        cpuPerOperationMs: cpuPerOperation,
      },
    );
    console.log(
      `commands: highest sustained ${qorgauMax}/s vs floor ${floorMax}/s = ${floorMax ? ((qorgauMax / floorMax) * 100).toFixed(0) : '?'} % (goal ≥ 60 %); ` +
        `p99/p50 at 80 %: ${round(at80.p99Ms / at80.p50Ms, 2)} (goal ≤ 5); ` +
        `one report + update: ${cost.workflowTasks} workflow tasks, ${cost.activities} activities, ${cost.localActivities} local activities`,
    );
  } finally {
    worker.shutdown();
    await running.catch(() => undefined);
    await connection.close();
    await system.stop();
  }
  process.exit(0);
}

/** Each process's CPU per completed operation of a step, in ms. */
function perOperation(shares: readonly CpuShare[], s: StepResult): Record<string, number> {
  const operations = Math.max(1, s.completed);
  return Object.fromEntries(shares.map((share) => [share.process, round(share.cpuMs / operations)]));
}

function cpuTable(split: { qorgau: Record<string, number>; floor: Record<string, number> }) {
  const names = [...new Set([...Object.keys(split.qorgau), ...Object.keys(split.floor)])];
  const total = (m: Record<string, number>) => round(Object.values(m).reduce((a, b) => a + b, 0));
  return [
    ...names.map((name) => ({
      process: name,
      'report + update': split.qorgau[name] ?? 0,
      'floor start + update': split.floor[name] ?? 0,
    })),
    { process: 'all', 'report + update': total(split.qorgau), 'floor start + update': total(split.floor) },
  ];
}

/**
 * With the CPU-profile preload (bench/tools/cpu-profile.cjs), ends the profiles while the system still runs: a
 * worker thread (the workflow-worker's workflows) is terminated at shutdown without writing its own.
 */
async function stopProfiles(): Promise<void> {
  const dir = process.env.QORGAU_PROFILE_DIR;
  if (!dir) return;
  writeFileSync(join(dir, 'STOP'), '');
  await new Promise((resolve) => setTimeout(resolve, 3_000));
}

/** Workflow tasks and activities in a case's history after its report and one update. */
async function historyCost(client: Client, caseId: string) {
  const history = await client.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory();
  const events = history.events ?? [];
  const count = (key: string) => events.filter((e) => Boolean((e as Record<string, unknown>)[key])).length;
  const markers = events.filter(
    (e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity',
  ).length;
  return {
    workflowTasks: count('workflowTaskCompletedEventAttributes'),
    activities: count('activityTaskScheduledEventAttributes'),
    localActivities: markers,
    historyEvents: events.length,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
