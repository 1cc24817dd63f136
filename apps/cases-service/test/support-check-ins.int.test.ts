import { randomUUID } from 'node:crypto';
import { dlqTopicName, makeEnvelope, wellbeingCheckIns } from '@qorgau/contracts';
import { EventPublisher } from '@qorgau/messaging';
import {
  supportFollowUpWorkflow,
  supportWorkflowId,
  type CaseActivities,
  type SupportFollowUpView,
} from '@qorgau/workflows';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { type DataSource } from 'typeorm';
import {
  collect,
  createTopics,
  migratedDatabase,
  startCases,
  testKafka,
  uniqueTopic,
  waitUntil,
  type CasesApp,
} from './support/harness';
import { quietRuntime } from './support/worker';

/** One virtual day every 2 real seconds. */
const SCALE = 43_200;
const kazakhstanToday = (): string => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

describe('wellbeing check-in outcomes and consent withdrawals → support workflow signals', () => {
  const kafka = testKafka();
  const topic = uniqueTopic('check-ins');
  const contract = wellbeingCheckIns.withName(topic);
  const taskQueue = `support-it-${randomUUID()}`;
  const publisher = new EventPublisher({ kafka });
  const emitted: { workflowId: string; type: string; checkInNumber?: number }[] = [];
  const concerns: { workflowId: string; type: string; data: unknown }[] = [];
  let dataSource: DataSource;
  let cases: CasesApp;
  let client: Client;
  let worker: { stop(): Promise<void> };

  const completed = (personRef: string, caseId: string, checkInNumber: number, extra = {}) =>
    makeEnvelope(contract, 'wellbeing.check-in.completed', {
      eventId: randomUUID(),
      occurredAt: new Date(),
      producer: 'wellbeing-service',
      subject: caseId,
      data: { caseId, personRef, checkInNumber, completedAt: new Date().toISOString(), ...extra },
    });
  const concluded = (
    personRef: string,
    caseId: string,
    checkInNumber: number,
    outcome: 'completed' | 'worrying' | 'declined',
  ) =>
    makeEnvelope(contract, 'wellbeing.check-in.concluded', {
      eventId: randomUUID(),
      occurredAt: new Date(),
      producer: 'wellbeing-service',
      subject: caseId,
      data: { caseId, personRef, checkInNumber, outcome, concludedAt: new Date().toISOString() },
    });
  const withdrawn = (personRef: string, caseId: string) =>
    makeEnvelope(contract, 'wellbeing.consent.withdrawn', {
      eventId: randomUUID(),
      occurredAt: new Date(),
      producer: 'wellbeing-service',
      subject: caseId,
      data: { caseId, personRef, withdrawnAt: new Date().toISOString() },
    });
  const dueOf = (workflowId: string, checkInNumber: number) =>
    waitUntil(
      `check-in ${checkInNumber} of ${workflowId} is due`,
      async () =>
        emitted.some(
          (e) =>
            e.workflowId === workflowId &&
            e.type === 'support.check-in.due' &&
            e.checkInNumber === checkInNumber,
        ),
      30_000,
    );
  const processed = async (eventId: string) =>
    (
      (await dataSource.query(`SELECT 1 FROM cases.processed_events WHERE event_id = $1`, [
        eventId,
      ])) as unknown[]
    ).length === 1;
  const startSupport = (personRef: string, caseId: string, offsetsDays: number[]) =>
    client.workflow.start(supportFollowUpWorkflow, {
      workflowId: supportWorkflowId(personRef, caseId),
      taskQueue,
      args: [
        {
          planId: `plan-${personRef}-${caseId}`,
          personRef,
          role: 'applicant',
          caseId,
          unitId: 'unit-almaty-3',
          startsOn: kazakhstanToday(),
          offsetsDays,
          graceDays: 3,
          clock: { origin: Date.now(), scale: SCALE },
        },
      ],
    });

  beforeAll(async () => {
    quietRuntime();
    let url: string;
    ({ url, dataSource } = await migratedDatabase('cases_support_check_ins'));
    await createTopics(kafka, [topic, dlqTopicName(topic)]);
    await publisher.connect();
    const activities: CaseActivities = {
      recordTransition: () => Promise.reject(new Error('not in this test')),
      announceCaseNotice: async (input) => {
        concerns.push({ workflowId: input.workflowId, type: input.type, data: input.data });
        return { eventId: randomUUID(), duplicate: false };
      },
      emitSupportFollowUp: async (input) => {
        emitted.push({
          workflowId: input.workflowId,
          type: input.type,
          ...(input.checkIn ? { checkInNumber: input.checkIn.checkInNumber } : {}),
        });
        return { eventId: randomUUID(), duplicate: false };
      },
    };
    const workerConnection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    const w = await Worker.create({
      connection: workerConnection,
      namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
      taskQueue,
      workflowsPath: require.resolve('@qorgau/workflows/dist/workflows'),
      activities,
    });
    const running = w.run();
    worker = {
      async stop() {
        w.shutdown();
        await running.catch(() => undefined);
        await workerConnection.close();
      },
    };
    client = new Client({
      connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }),
      namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    });
    cases = await startCases(url, {
      WELLBEING_CHECK_INS_TOPIC: topic,
      SUPPORT_CONSUMER_GROUP: `cases-${topic}`,
      SUPPORT_CONSUMER_RETRY_ATTEMPTS: '2',
      TEMPORAL_TASK_QUEUE: taskQueue,
      OUTBOX_RELAY_ENABLED: 'false',
    });
  }, 60_000);
  afterAll(async () => {
    await cases?.close();
    await worker?.stop();
    await client?.connection.close();
    await publisher.disconnect();
    await dataSource?.destroy();
  });

  it('records an answered check-in as completed and reports only the unanswered one missed', async () => {
    const caseId = `case-${randomUUID().slice(0, 8)}`;
    const handle = await startSupport('officer-1', caseId, [1, 2]);
    const workflowId = supportWorkflowId('officer-1', caseId);
    await waitUntil(
      'check-in 1 is due',
      async () => emitted.some((e) => e.workflowId === workflowId && e.type === 'support.check-in.due'),
      30_000,
    );
    const answer = completed('officer-1', caseId, 1);
    // Published twice (a relay resend): one signal matters, the second is a duplicate.
    await publisher.publish(contract, answer);
    await publisher.publish(contract, answer);
    await waitUntil('the event is processed', () => processed(answer.eventId));

    const result: SupportFollowUpView = await handle.result();
    expect(result.checkIns.map((c) => [c.checkInNumber, c.status])).toEqual([
      [1, 'completed'],
      [2, 'missed'],
    ]);
    const mine = emitted.filter((e) => e.workflowId === workflowId);
    expect(mine.filter((e) => e.type === 'support.check-in.missed')).toEqual([
      { workflowId, type: 'support.check-in.missed', checkInNumber: 2 },
    ]);
    expect(mine.map((e) => e.type)).toContain('support.plan.ended');
    expect(concerns).toEqual([]);
  }, 90_000);

  it('a worrying check-in raises the case-level concern signal and the plan goes on; a declined one ends the plan', async () => {
    const caseId = `case-${randomUUID().slice(0, 8)}`;
    const worried = await startSupport('officer-2', caseId, [1, 2]);
    const declining = await startSupport('officer-3', caseId, [1, 2]);
    const worriedId = supportWorkflowId('officer-2', caseId);
    const decliningId = supportWorkflowId('officer-3', caseId);
    await dueOf(worriedId, 1);
    await dueOf(decliningId, 1);
    await publisher.publish(contract, concluded('officer-2', caseId, 1, 'worrying'));
    await publisher.publish(contract, concluded('officer-3', caseId, 1, 'declined'));

    // Declined: nothing more is asked (the declined check-in is not counted missed); check-in 2 is never
    // due, and the plan ends.
    const declined: SupportFollowUpView = await declining.result();
    expect(declined.checkIns.map((c) => [c.checkInNumber, c.status])).toEqual([
      [1, 'cancelled'],
      [2, 'cancelled'],
    ]);
    expect(emitted.filter((e) => e.workflowId === decliningId).map((e) => e.type)).toEqual([
      'support.plan.started',
      'support.check-in.due',
      'support.plan.ended',
    ]);

    // Worrying: the head learns only that a concern was raised on the case; the next check-in still comes.
    await dueOf(worriedId, 2);
    await publisher.publish(contract, concluded('officer-2', caseId, 2, 'completed'));
    const result: SupportFollowUpView = await worried.result();
    expect(result.checkIns.map((c) => [c.checkInNumber, c.status])).toEqual([
      [1, 'worrying'],
      [2, 'completed'],
    ]);
    expect(concerns.filter((c) => c.workflowId === worriedId)).toEqual([
      { workflowId: worriedId, type: 'case.support-concern-raised', data: { caseId } },
    ]);
  }, 90_000);

  it('a consent withdrawal stops the plan before its next check-in', async () => {
    const caseId = `case-${randomUUID().slice(0, 8)}`;
    const handle = await startSupport('officer-4', caseId, [1, 30]);
    const workflowId = supportWorkflowId('officer-4', caseId);
    await dueOf(workflowId, 1);
    await publisher.publish(contract, concluded('officer-4', caseId, 1, 'completed'));
    const withdrawal = withdrawn('officer-4', caseId);
    await publisher.publish(contract, withdrawal);
    await waitUntil('the withdrawal is processed', () => processed(withdrawal.eventId));
    // Check-in 2 is 29 virtual days (about a real minute) away: the plan must end well before.
    const result: SupportFollowUpView = await handle.result();
    expect(result.checkIns.map((c) => [c.checkInNumber, c.status])).toEqual([
      [1, 'completed'],
      [2, 'cancelled'],
    ]);
    expect(emitted.filter((e) => e.workflowId === workflowId).map((e) => e.type)).not.toContain(
      'support.check-in.missed',
    );
  }, 45_000);

  it('marks a completion for a finished or unknown workflow processed, and dead-letters an over-full event', async () => {
    const dlq = await collect(kafka, dlqTopicName(topic));
    try {
      const unknown = completed('officer-9', 'case-never-started', 1);
      await publisher.publish(contract, unknown);
      await waitUntil('the orphan is processed', () => processed(unknown.eventId));

      // A producer that tries to send content: the strict contract turns it away at the edge.
      const leaky = {
        ...completed('officer-9', 'case-never-started', 2),
        data: {
          caseId: 'case-never-started',
          personRef: 'officer-9',
          checkInNumber: 2,
          completedAt: new Date().toISOString(),
          answers: { burnout: 'almost-always' },
        },
      };
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({
        topic,
        messages: [{ key: leaky.subject, value: JSON.stringify(leaky) }],
      });
      await producer.disconnect();
      await waitUntil('the leaky event is dead-lettered', async () =>
        dlq.received.some((r) => r.eventId === leaky.eventId),
      );
      expect(await processed(leaky.eventId)).toBe(false);
      expect(dlq.received.map((r) => r.eventId)).not.toContain(unknown.eventId);
    } finally {
      await dlq.stop();
    }
  }, 60_000);
});
