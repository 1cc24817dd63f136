import { createDatabase } from '@qorgau/devstack';
import {
  decide,
  evolve,
  initialCaseState,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
} from '@qorgau/domain';
import type { DataSource } from 'typeorm';
import { casesDataSource } from './data-source';
import { caseEventId } from './event-ids';
import { CaseRepository } from './repositories/case.repository';
import { OutboxRepository } from './repositories/outbox.repository';
import { TransitionRepository, VersionConflictError } from './repositories/transition.repository';

const report: CaseCommand = {
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'officer-a', roles: ['applicant'] },
    { personRef: 'officer-b', roles: ['subject'] },
  ],
  violations: [
    {
      id: 'v1',
      description: 'verbal conflict, a slap alleged',
      misconductType: 'conflict-between-colleagues',
      gravity: 'ordinary',
      committedOn: '2026-03-02',
      discoveredOn: '2026-03-02',
      subjectRefs: ['officer-b'],
    },
  ],
};

function decideOk(
  state: CaseState,
  command: CaseCommand,
  now: string,
): { events: CaseEvent[]; state: CaseState } {
  const decision = decide(state, command, now);
  if (!decision.ok) throw new Error(`rejected: ${decision.error.code}`);
  return { events: decision.value, state: decision.value.reduce(evolve, state) };
}

describe('TransitionRepository (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let transitions: TransitionRepository;

  beforeAll(async () => {
    dataSource = casesDataSource({
      url: await createDatabase(process.env.DATABASE_URL!, 'cases_persistence'),
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    transitions = new TransitionRepository(dataSource);
  });

  afterAll(() => dataSource?.destroy());

  it('records events, state and one outbox message per event in one transaction, idempotently', async () => {
    const caseId = 'case-persist-1';
    const first = decideOk(initialCaseState(caseId), report, '2026-03-03T05:00:00Z');
    const input = {
      caseId,
      fromVersion: 0,
      events: first.events,
      state: first.state,
      recordedAt: new Date('2026-03-03T05:00:01Z'),
      requestId: 'req-1',
      actorRef: 'head-1',
    };
    const result = await transitions.record(input);
    expect(result).toMatchObject({ version: first.events.length, duplicate: false });
    expect(result.eventIds[0]).toBe(caseEventId(caseId, 1, first.events[0]));

    // A retried activity records the same transition again: nothing new is written.
    expect(await transitions.record(input)).toMatchObject({ duplicate: true, version: first.events.length });

    const cases = new CaseRepository(dataSource);
    const stored = await cases.findById(caseId);
    expect(stored).toMatchObject({ stage: first.state.stage, version: first.events.length });
    expect((await cases.timeline(caseId)).map((e) => e.type)).toEqual(first.events.map((e) => e.type));

    const outbox = (await dataSource.query(
      `SELECT topic, message_key, envelope, headers FROM cases.outbox ORDER BY id`,
    )) as {
      topic: string;
      message_key: string;
      envelope: { type: string; subject: string; eventId: string };
      headers: Record<string, string>;
    }[];
    expect(outbox).toHaveLength(first.events.length);
    expect(outbox[0]).toMatchObject({
      topic: 'cases.case-events.v1',
      message_key: caseId,
      envelope: { type: 'case.reported', subject: caseId, eventId: result.eventIds[0] },
      headers: { 'x-event-type': 'case.reported', 'x-request-id': 'req-1' },
    });
  });

  it('rejects a transition decided on a stale version and writes nothing', async () => {
    const caseId = 'case-persist-2';
    const first = decideOk(initialCaseState(caseId), report, '2026-03-03T05:00:00Z');
    await transitions.record({
      caseId,
      fromVersion: 0,
      events: first.events,
      state: first.state,
      recordedAt: new Date(),
    });
    const second = decideOk(first.state, { type: 'RequestExplanations' }, '2026-03-03T06:00:00Z');
    const before = (await dataSource.query(`SELECT count(*)::int AS n FROM cases.outbox`)) as [{ n: number }];
    await expect(
      transitions.record({
        caseId,
        fromVersion: 0,
        events: second.events,
        state: second.state,
        recordedAt: new Date(),
      }),
    ).rejects.toBeInstanceOf(VersionConflictError);
    const after = (await dataSource.query(`SELECT count(*)::int AS n FROM cases.outbox`)) as [{ n: number }];
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers the events past a stale version, with their commands, to a writer that adopts them', async () => {
    const caseId = 'case-persist-3';
    const first = decideOk(initialCaseState(caseId), report, '2026-03-03T05:00:00Z');
    await transitions.record({
      caseId,
      fromVersion: 0,
      events: first.events,
      state: first.state,
      recordedAt: new Date('2026-03-03T05:00:01Z'),
      commandId: 'report-1',
    });
    const v = first.events.length;
    // The lost attempt: explanations requested at 06:00, committed; its workflow task never completed.
    const lost = decideOk(first.state, { type: 'RequestExplanations' }, '2026-03-03T06:00:00Z');
    await transitions.record({
      caseId,
      fromVersion: v,
      events: lost.events,
      state: lost.state,
      recordedAt: new Date('2026-03-03T06:00:00Z'),
      commandId: 'explain-1',
    });
    // The retried task decides the same command at 06:01, from the version before.
    const retried = decideOk(first.state, { type: 'RequestExplanations' }, '2026-03-03T06:01:00Z');
    const outboxBefore = (await dataSource.query(`SELECT count(*)::int AS n FROM cases.outbox`)) as [
      { n: number },
    ];
    const input = {
      caseId,
      fromVersion: v,
      events: retried.events,
      state: retried.state,
      recordedAt: new Date('2026-03-03T06:01:00Z'),
      commandId: 'explain-1',
    };
    await expect(transitions.record(input)).rejects.toBeInstanceOf(VersionConflictError);
    const answer = await transitions.record({ ...input, adoptUnseen: true });
    expect(answer).toMatchObject({
      version: v + lost.events.length,
      duplicate: false,
      recordedAt: new Date('2026-03-03T06:00:00Z'),
      unseen: lost.events.map((event) => ({ event, commandId: 'explain-1' })),
    });
    const outboxAfter = (await dataSource.query(`SELECT count(*)::int AS n FROM cases.outbox`)) as [
      { n: number },
    ];
    expect(outboxAfter[0].n).toBe(outboxBefore[0].n);
    expect(await new CaseRepository(dataSource).findById(caseId)).toMatchObject({
      version: v + lost.events.length,
      state: lost.state,
    });
  });

  it('relays the outbox in order and marks messages published only after the publish succeeded', async () => {
    const outbox = new OutboxRepository(dataSource);
    const pendingBefore = (await outbox.lag(new Date())).pending;
    expect(pendingBefore).toBeGreaterThan(0);

    await expect(
      outbox.relayBatch(
        100,
        async () => Promise.reject(new Error('broker down')),
        () => new Date(),
      ),
    ).rejects.toThrow('broker down');
    expect((await outbox.lag(new Date())).pending).toBe(pendingBefore);

    const firstEventId = (
      (await dataSource.query(
        `SELECT event_id FROM cases.case_event WHERE case_id = 'case-persist-1' AND seq = 1`,
      )) as [{ event_id: string }]
    )[0].event_id;
    const sent: string[] = [];
    const count = await outbox.relayBatch(
      100,
      async (batch) => void sent.push(...batch.map((m) => m.eventId)),
      () => new Date(),
    );
    expect(count).toBe(pendingBefore);
    expect(sent[0]).toBe(firstEventId);
    expect((await outbox.lag(new Date())).pending).toBe(0);
  });
});
