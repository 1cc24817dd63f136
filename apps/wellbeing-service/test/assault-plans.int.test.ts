import { randomUUID } from 'node:crypto';
import { makeEnvelope, supportFollowUps } from '@qorgau/contracts';
import { EventPublisher } from '@qorgau/messaging';
import {
  assaultSupportWorkflowId,
  supportStatusQuery,
  type CaseActivities,
  type SupportFollowUpView,
} from '@qorgau/workflows';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import request from 'supertest';
import { startDirectory, type Directory } from './support/directory';
import {
  createTopics,
  provisionedDatabase,
  startWellbeing,
  TestClock,
  testKafka,
  tokenFor,
  uniqueTopic,
  waitUntil,
  type Wellbeing,
} from './support/harness';

/** One case day every 4 real seconds. */
const SCALE = 21_600;
const kazakhstanToday = (): string => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

interface TaskRow {
  id: string;
  check_in_number: number;
  status: string;
  escalated: boolean;
  assigned_to: string | null;
}

describe('assault-on-duty plans on the durable support workflow, on compressed time', () => {
  const kafka = testKafka();
  const followUps = uniqueTopic('assault-follow-ups');
  const contract = supportFollowUps.withName(followUps);
  const taskQueue = `wellbeing-assault-${randomUUID().slice(0, 8)}`;
  const publisher = new EventPublisher({ kafka });
  const clock = new TestClock(new Date());
  let wellbeing: Wellbeing;
  let directory: Directory;
  let client: Client;
  let worker: { stop(): Promise<void> };

  const tasksOf = async (planId: string) =>
    (await wellbeing.dataSource.query(
      `SELECT id, check_in_number, status, escalated, assigned_to FROM wellbeing.check_in_tasks
       WHERE plan_id = $1 AND kind = 'check-in' ORDER BY check_in_number`,
      [planId],
    )) as TaskRow[];

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const { serviceUrl } = await provisionedDatabase('wellbeing_assault_plans');
    await createTopics(kafka, [followUps]);
    await publisher.connect();
    // The worker's emitSupportFollowUp, minus the cases outbox: the same envelope, straight to Kafka.
    const activities: CaseActivities = {
      recordTransition: () => Promise.reject(new Error('not in this test')),
      announceCaseNotice: () => Promise.reject(new Error('an assault plan has no case')),
      emitSupportFollowUp: async (input) => {
        const event = makeEnvelope(contract, input.type, {
          eventId: randomUUID(),
          occurredAt: input.occurredAt,
          producer: 'workflow-worker',
          subject: input.plan.planId,
          data: { ...input.plan, ...(input.checkIn ?? {}) } as never,
        });
        await publisher.publish(contract, event);
        return { eventId: event.eventId, duplicate: false };
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
    directory = await startDirectory('wellbeing_assault_directory');
    await directory.add('unit-almaty-3', ['officer-a1']);
    wellbeing = await startWellbeing(
      serviceUrl,
      {
        FOLLOW_UPS_TOPIC: followUps,
        WELLBEING_CONSUMER_GROUP: `wellbeing-${followUps}`,
        CASES_SERVICE_URL: directory.url,
        TEMPORAL_TASK_QUEUE: taskQueue,
        QORGAU_TIME_SCALE: String(SCALE),
        SUPPORT_CHECK_IN_OFFSETS: '1,3,60',
        SUPPORT_GRACE_DAYS: '2',
      },
      clock,
    );
  }, 180_000);
  afterAll(async () => {
    await wellbeing?.close();
    await worker?.stop();
    await client?.connection.close();
    await publisher.disconnect();
    await directory?.stop();
  });

  it('turns check-ins into tasks on case time, hears a held one, escalates a missed one and stops on withdrawal', async () => {
    const server = wellbeing.app.getHttpServer();
    const staff = await tokenFor('psychologist-1', ['wellbeing-staff']);
    // Workflow ids outlive a run on a shared Temporal server: the incident is this run's own.
    const incidentRef = `inc-${randomUUID().slice(0, 8)}`;
    const started = await request(server)
      .post('/plans/assault-on-duty')
      .set('authorization', `Bearer ${staff}`)
      .send({
        personRef: 'officer-a1',
        incidentRef,
        unitId: 'unit-almaty-3',
        reportedOn: kazakhstanToday(),
        consent: 'given',
      })
      .expect(201);
    const { planId } = started.body as { planId: string };
    const handle = client.workflow.getHandle(assaultSupportWorkflowId('officer-a1', incidentRef));

    // Day 1 comes after about 4 real seconds, not a day: the plan lives on the compressed clock.
    await waitUntil('check-in 1 is a task', async () => (await tasksOf(planId)).length >= 1, 30_000);
    const [first] = await tasksOf(planId);
    expect(first).toMatchObject({ check_in_number: 1, status: 'open', assigned_to: 'psychologist-1' });
    await request(server)
      .post(`/tasks/${first!.id}/contacts`)
      .set('authorization', `Bearer ${staff}`)
      .send({ channel: 'phone', note: 'поговорили' })
      .expect(201);
    await waitUntil(
      'the workflow hears check-in 1 was held',
      async () => (await handle.query(supportStatusQuery)).checkIns[0]?.status === 'completed',
      20_000,
    );

    // Check-in 2 (day 3) gets no answer: missed after the grace period, escalated to the lead.
    await waitUntil(
      'check-in 2 is missed and escalated',
      async () => (await tasksOf(planId)).some((t) => t.check_in_number === 2 && t.escalated),
      60_000,
    );

    // The officer stops support: the workflow ends well before check-in 3 (day 60, 4 real minutes away).
    const officer = await tokenFor('officer-a1', ['officer']);
    await request(server)
      .post(`/me/plans/${planId}/consent`)
      .set('authorization', `Bearer ${officer}`)
      .send({ decision: 'stopped' })
      .expect(201);
    const result = (await handle.result()) as SupportFollowUpView;
    expect(result.checkIns.map((c) => [c.checkInNumber, c.status])).toEqual([
      [1, 'completed'],
      [2, 'missed'],
      [3, 'cancelled'],
    ]);
    await waitUntil('the plan ends in wellbeing', async () => {
      const [plan] = (await wellbeing.dataSource.query(
        `SELECT status FROM wellbeing.support_plans WHERE plan_id = $1`,
        [planId],
      )) as { status: string }[];
      return plan?.status === 'ended';
    });
    expect((await tasksOf(planId)).map((t) => t.check_in_number)).toEqual([1, 2]);
  }, 150_000);
});
