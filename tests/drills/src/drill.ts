// One fault drill: a whole crash-safe system (startSystem({ crashSafe })), `lanes` people playing the seed's case
// over HTTP back to back on compressed case time, and meanwhile `kills` SIGKILLs at seeded random moments, one at a
// time, each process kind in turn (each followed by a restart and a wait until the services are ready again);
// half-way a few malformed messages on the case-events topic. Then the invariants (invariants.ts).
import { randomBytes } from 'node:crypto';
import { TOPICS } from '@qorgau/contracts';
import {
  playSeedCase,
  SeedCaseFailure,
  startSystem,
  type RestartableProcess,
  type RunningSystem,
} from '@qorgau/local-system';
import { Kafka, logLevel } from 'kafkajs';
import { checkInvariants, type Injected, type InvariantResult } from './invariants';
import { newTally, RetryingHttp, type RetryTally } from './retrying-http';
import { between, seededRandom, shuffled, type Random } from './rng';

/** What a drill kills: the four apps and the three servers beneath them. */
export const PROCESS_KINDS: readonly RestartableProcess[] = [
  'cases-service',
  'workflow-worker',
  'notifications-service',
  'wellbeing-service',
  'postgres',
  'kafka',
  'temporal',
];

export interface DrillOptions {
  readonly kills: number;
  /** People playing cases at the same time, each case after case until the last kill. */
  readonly lanes: number;
  readonly seed: number;
  /** Case milliseconds per real millisecond; one case day every 4 real seconds by default. */
  readonly timeScale?: number;
  /** Real seconds between a restart and the next kill: a seeded pick in [min, max]. */
  readonly gapSeconds?: readonly [number, number];
  /** Malformed messages produced on the case-events topic half-way. */
  readonly malformed?: number;
  readonly log?: (line: string) => void;
}

export interface KillRecord {
  readonly index: number;
  readonly kind: RestartableProcess;
  /** Real seconds from the start of the load. */
  readonly atS: number;
  /** Kill to ready again (its own readiness check), ms. */
  readonly restartMs: number;
  /** Kill to every service answering /health/ready, ms. */
  readonly recoveredMs: number;
  readonly survived: boolean;
  readonly error?: string;
  /** Apps that exited on their own because of this kill (restarted by the drill). */
  readonly collateral: readonly string[];
}

export interface CaseRecord {
  readonly lane: number;
  readonly caseId?: string;
  readonly completed: boolean;
  readonly realS: number;
  /** The step that did not go as the scenario expects (a client-side failure, not an invariant). */
  readonly failure?: string;
}

export interface DrillResult {
  readonly seed: number;
  readonly options: { kills: number; lanes: number; timeScale: number };
  readonly kills: readonly KillRecord[];
  readonly cases: readonly CaseRecord[];
  readonly injected: readonly Injected[];
  readonly retries: RetryTally;
  readonly invariants: readonly InvariantResult[];
  readonly wallS: number;
  readonly loadS: number;
  /** Every kill survived and every invariant holds. */
  readonly ok: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (from: number) => Math.round((Date.now() - from) / 100) / 10;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `kills` victims: every kind in turn, each round in a seeded order, so a CI-size drill covers each kind twice. */
export function killSchedule(random: Random, kills: number): RestartableProcess[] {
  const schedule: RestartableProcess[] = [];
  while (schedule.length < kills) schedule.push(...shuffled(random, PROCESS_KINDS));
  return schedule.slice(0, kills);
}

export async function runDrill(options: DrillOptions): Promise<DrillResult> {
  const log = options.log ?? (() => undefined);
  const timeScale = options.timeScale ?? 86_400 / 4;
  const [gapMin, gapMax] = options.gapSeconds ?? [2, 8];
  const random = seededRandom(options.seed);
  const schedule = killSchedule(random, options.kills);
  const id = `drill_${randomBytes(3).toString('hex')}`;
  const groups = {
    notifications: `${id}-notifications`,
    wellbeing: `${id}-wellbeing`,
    support: `${id}-cases-support`,
  };
  const wallStart = Date.now();
  const system = await startSystem({
    crashSafe: true,
    timeScale,
    databasePrefix: `${id}_`,
    taskQueue: id,
    env: {
      CONSUMER_GROUP: groups.notifications,
      WELLBEING_CONSUMER_GROUP: groups.wellbeing,
      SUPPORT_CONSUMER_GROUP: groups.support,
      // A command whose process died holds its Idempotency-Key this long; the client retries until then.
      IDEMPOTENCY_LEASE_SECONDS: '10',
    },
    log: (line) => log(`system: ${line}`),
  });
  try {
    const tally = newTally();
    const http = new RetryingHttp(system.urls, tally, 300_000);
    const people = system.seed.people;
    // The officers read their notices by e-mail too, so e-mails are counted against the SMTP capture.
    for (const person of ['officer-a', 'officer-b']) {
      await http.as(people[person]!.token).put('notifications', '/preferences/me', {
        locale: 'en',
        email: `${person}@drill.qorgau.test`,
        channels: ['inbox', 'email'],
      });
    }

    const loadStart = Date.now();
    let killing = true;
    const cases: CaseRecord[] = [];
    const lane = async (n: number) => {
      await sleep(n * 3000);
      do {
        const started = Date.now();
        try {
          const played = await playSeedCase(http, people, { timeScale, slackMs: 240_000 });
          cases.push({ lane: n, caseId: played.caseId, completed: true, realS: seconds(started) });
          log(`lane ${n}: case ${played.caseId} played in ${seconds(started)} s`);
        } catch (error) {
          const caseId = error instanceof SeedCaseFailure ? error.caseId : undefined;
          cases.push({ lane: n, caseId, completed: false, realS: seconds(started), failure: message(error) });
          log(`lane ${n}: case ${caseId ?? '?'} did not complete: ${message(error)}`);
        }
      } while (killing);
    };
    const lanes = Array.from({ length: options.lanes }, (_, n) => lane(n + 1));

    const injected: Injected[] = [];
    const kills: KillRecord[] = [];
    for (const [index, kind] of schedule.entries()) {
      await sleep(between(random, gapMin, gapMax) * 1000);
      if (index === Math.floor(schedule.length / 2))
        injected.push(...(await inject(system, options.malformed ?? 3)));
      const atS = seconds(loadStart);
      const killed = Date.now();
      let error: string | undefined;
      try {
        await system.restart(kind);
      } catch (e) {
        error = message(e);
      }
      const restartMs = Date.now() - killed;
      const collateral = await restartExited(system, kind, log);
      const recovered = await allReady(system, 180_000);
      const record: KillRecord = {
        index: index + 1,
        kind,
        atS,
        restartMs,
        recoveredMs: Date.now() - killed,
        survived: !error && recovered,
        ...(error ? { error } : recovered ? {} : { error: 'services not ready within 180 s' }),
        collateral,
      };
      kills.push(record);
      log(
        `kill ${record.index}/${schedule.length}: ${kind} at ${atS} s, ready in ${restartMs} ms, all ready in ${record.recoveredMs} ms` +
          `${collateral.length ? `; also exited: ${collateral.join(', ')}` : ''}${record.error ? `; ${record.error}` : ''}`,
      );
    }
    killing = false;
    log('kills done; waiting for the cases in play to finish');
    await Promise.all(lanes);
    const loadS = seconds(loadStart);

    const invariants = await checkInvariants(
      {
        system,
        injected,
        caseEventConsumers: [groups.notifications, groups.wellbeing],
        notificationsKills: kills.filter((k) => k.kind === 'notifications-service').length,
      },
      { log: (line) => log(`invariants: ${line}`) },
    );
    return {
      seed: options.seed,
      options: { kills: options.kills, lanes: options.lanes, timeScale },
      kills,
      cases,
      injected,
      retries: tally,
      invariants,
      wallS: seconds(wallStart),
      loadS,
      ok: kills.every((k) => k.survived) && invariants.every((i) => i.ok),
    };
  } finally {
    await system.stop();
  }
}

/** Malformed messages on the case-events topic, as a broken producer would send them; where each landed. */
async function inject(system: RunningSystem, count: number): Promise<Injected[]> {
  const kafka = new Kafka({
    clientId: 'qorgau-drill-injector',
    brokers: system.infrastructure.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer();
  await producer.connect();
  try {
    const bodies = ['not json at all {', JSON.stringify({ eventId: 'x', type: 'case.reported' }), '[]'];
    const injected: Injected[] = [];
    for (let i = 0; i < count; i++) {
      const [meta] = await producer.send({
        topic: TOPICS.caseEvents,
        messages: [{ key: `drill-malformed-${i}`, value: bodies[i % bodies.length]! }],
      });
      injected.push({ topic: TOPICS.caseEvents, partition: meta!.partition, offset: meta!.baseOffset! });
    }
    return injected;
  } finally {
    await producer.disconnect();
  }
}

/** An app that exited on its own after `kind` was killed is a finding: recorded, and restarted so the drill goes on. */
async function restartExited(
  system: RunningSystem,
  kind: RestartableProcess,
  log: (line: string) => void,
): Promise<string[]> {
  const dead = system.apps.filter((app) => app.exited()).map((app) => app.name as RestartableProcess);
  for (const name of dead) {
    log(
      `${name} exited after ${kind} was killed; last lines:\n${system.apps.find((a) => a.name === name)?.tail(15)}`,
    );
    await system.restart(name);
  }
  return dead;
}

/** Every service answers /health/ready with 200 (their dependencies reconnected). */
async function allReady(system: RunningSystem, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const urls = [system.urls.cases, system.urls.notifications, system.urls.wellbeing];
  while (Date.now() < deadline) {
    const states = await Promise.all(
      urls.map((url) =>
        fetch(`${url}/health/ready`)
          .then((r) => r.status === 200)
          .catch(() => false),
      ),
    );
    if (states.every(Boolean)) return true;
    await sleep(250);
  }
  return false;
}
