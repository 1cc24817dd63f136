import { addDays, kazakhstanDateOf, type LocalDate } from '@qorgau/domain';
import {
  caseClock,
  caseClockQuery,
  deadlinesQuery,
  endOfKazakhstanDay,
  startOfKazakhstanDay,
  type supportFollowUpWorkflow,
  supportStatusQuery,
  type CaseClockView,
} from '@qorgau/workflows';
import {
  CaseDriver,
  HIGHER,
  latenessReport,
  outboxTypes,
  startHarness,
  subject,
  type Harness,
} from './support/harness';

/** QORGAU_TIME_SCALE=1440: one case day per real minute. */
const SCALE = 1440;
const MINUTE = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A case on a compressed clock: "today" and "advance" are the case's virtual time, the server's time is real. */
class CompressedCase extends CaseDriver {
  constructor(
    h: Harness,
    caseId: string,
    readonly origin: number,
  ) {
    super(h, caseId, { clock: { origin, scale: SCALE } });
  }

  realNow(): Promise<number> {
    return this.h.env.currentTimeMs();
  }

  async virtualNow(): Promise<number> {
    return this.origin + ((await this.realNow()) - this.origin) * SCALE;
  }

  /** The real instant at which the case reaches the virtual instant `virtualMs`. */
  realAt(virtualMs: number): number {
    return this.origin + Math.ceil((virtualMs - this.origin) / SCALE);
  }

  override async today(): Promise<LocalDate> {
    return kazakhstanDateOf(iso(await this.virtualNow()));
  }

  /** Skips real time until the case's clock shows `virtualMs`. */
  async sleepUntil(virtualMs: number): Promise<void> {
    const real = this.realAt(virtualMs);
    const now = await this.realNow();
    if (real > now) await this.h.env.sleep(real - now);
  }

  /** Skips to 10:00 Kazakhstan time on `date` of the case's calendar. */
  override advanceTo(date: LocalDate): Promise<void> {
    return this.sleepUntil(startOfKazakhstanDay(date) + 10 * 3_600_000);
  }
}

const noticesOf = async (h: Harness, key: string, type: string) =>
  (await h.dataSource.query(
    `SELECT envelope->>'occurredAt' AS "occurredAt", envelope->'data' AS data FROM cases.outbox
      WHERE message_key = $1 AND envelope->>'type' = $2 ORDER BY id`,
    [key, type],
  )) as { occurredAt: string; data: Record<string, unknown> }[];

describe('compressed time: a whole case on a virtual clock 1440 times faster than the server', () => {
  // A test server per scenario: after one awaited workflow results, the next one's env.sleep never returned.
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('wf_case_clock');
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it('legal clocks, timers and the support check-ins of the closed case run on the virtual timeline', async () => {
    const origin = await h.env.currentTimeMs();
    const c = await new CompressedCase(h, 'clock-1', origin).start();
    const startDay = kazakhstanDateOf(iso(origin));

    // Ten case days pass in ten real minutes.
    await c.advanceDays(10);
    const today = await c.today();
    expect(today).toBe(addDays(startDay, 10));
    expect((await c.realNow()) - origin).toBeLessThan(11 * MINUTE);
    expect(kazakhstanDateOf(iso(await c.realNow())) <= addDays(startDay, 1)).toBe(true);

    await c.exec(latenessReport(today), { ref: 'reg-1', role: 'registrar' });
    // The caseClock query: the timeline, and the case day the workflow last ran on (the report, just now).
    const clock: CaseClockView = await c.handle.query(caseClockQuery);
    expect(clock).toMatchObject({ origin: iso(origin), scale: SCALE });
    expect(kazakhstanDateOf(clock.asOf)).toBe(today);
    expect(caseClock(clock, 0, () => origin + 10 * MINUTE).now()).toBe(origin + 10 * DAY);
    await c.exec({ type: 'RequestExplanations' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-x', kind: 'denial', documentRef: 'doc-x' });
    await c.exec({ type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' });

    // (a) The decider ran on the case's day; the deadlines query reports virtual due dates and firing instants.
    const { state } = await c.view();
    expect(state.investigation).toMatchObject({ orderedOn: today });
    const [ordered] = (await h.dataSource.query(
      `SELECT occurred_at FROM cases.case_event WHERE case_id = 'clock-1' AND type = 'InvestigationOrdered'`,
    )) as { occurred_at: Date }[];
    expect(kazakhstanDateOf(ordered!.occurred_at.toISOString())).toBe(today);
    const deadlines = await c.handle.query(deadlinesQuery);
    const investigation = deadlines.find((d) => d.clock.clock === 'investigation')!;
    expect(investigation.clock.dueOn).toBe(state.investigation!.dueOn);
    expect(investigation.clock.dueOn >= addDays(today, 28)).toBe(true);
    expect(investigation.timers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'escalation',
          firesAt: iso(endOfKazakhstanDay(investigation.clock.dueOn)),
          sent: false,
        }),
      ]),
    );

    // (b) The Protection Act window closes N case days from now: its timer fires after N real minutes.
    const window = deadlines.find((d) => d.clock.clock === 'protection-act-window')!;
    const closed = window.timers.find((t) => t.kind === 'window-closed')!;
    const fireAt = Date.parse(closed.firesAt);
    expect(fireAt).toBe(endOfKazakhstanDay(window.clock.dueOn));
    const virtualDays = (fireAt - (await c.virtualNow())) / DAY;
    expect(virtualDays).toBeGreaterThan(3);
    const realBefore = await c.realNow();
    await c.sleepUntil(fireAt - SCALE * 1_000); // one real second early
    expect(await noticesOf(h, 'clock-1', 'case.protection-act-window-closed')).toEqual([]);
    await c.sleepUntil(fireAt + SCALE * 1_000);
    const [closedNotice] = await noticesOf(h, 'clock-1', 'case.protection-act-window-closed');
    expect(closedNotice?.data).toMatchObject({ personRef: 'officer-x', dueOn: window.clock.dueOn });
    // Stamped on the case clock: the virtual instant the timer fired at, not the server's (real) time.
    expect(Date.parse(closedNotice!.occurredAt) - fireAt).toBeGreaterThanOrEqual(0);
    expect(Date.parse(closedNotice!.occurredAt) - fireAt).toBeLessThan(SCALE * 1_000);
    const realElapsed = (await c.realNow()) - realBefore;
    expect(Math.abs(realElapsed - virtualDays * MINUTE)).toBeLessThan(1_500);
    expect(await outboxTypes(h.dataSource, { key: 'clock-1' })).toContain('case.deadline-approaching');

    // (c) Closing the case offers support; its children live on the same clock.
    const closedOn = await c.today();
    const ended = await c.exec({
      type: 'EndProceedings',
      reason: 'other',
      statement: 'Not a disciplinary matter',
    });
    expect(ended.stage).toBe('closed');
    // The closed case's workflow stays open for post-case requests (post-closure.int.test.ts): read, don't await it.
    expect((await c.view()).children).toEqual(['support-officer-x-clock-1', 'support-officer-y-clock-1']);
    const x = h.env.client.workflow.getHandle<typeof supportFollowUpWorkflow>('support-officer-x-clock-1');
    const y = h.env.client.workflow.getHandle<typeof supportFollowUpWorkflow>('support-officer-y-clock-1');
    const childClock = await x.query(caseClockQuery);
    expect(childClock).toMatchObject({ origin: iso(origin), scale: SCALE });
    expect(kazakhstanDateOf(childClock.asOf)).toBe(closedOn);
    const plan = await x.query(supportStatusQuery);
    expect(plan.checkIns.map((k) => k.dueAt)).toEqual([7, 30, 90, 180].map((d) => addDays(closedOn, d)));

    const followUps = (key: string) => outboxTypes(h.dataSource, { key });
    const realClosed = await c.realNow();
    const firstDue = startOfKazakhstanDay(plan.checkIns[0]!.dueAt);
    await c.sleepUntil(firstDue - SCALE * 1_000);
    expect(await followUps('support-officer-x-clock-1')).toEqual(['support.plan.started']);
    await c.sleepUntil(firstDue + SCALE * 1_000);
    expect(await followUps('support-officer-x-clock-1')).toEqual([
      'support.plan.started',
      'support.check-in.due',
    ]);
    // A week of case days is about a week of real minutes.
    expect((await c.realNow()) - realClosed).toBeLessThan(8 * MINUTE);
    const [due] = await noticesOf(h, 'support-officer-x-clock-1', 'support.check-in.due');
    expect(kazakhstanDateOf(due!.occurredAt)).toBe(plan.checkIns[0]!.dueAt);

    // Officer Y's first check-in gets no outcome: missed after the 7-day grace period (seven real minutes).
    await x.signal('checkInOutcome', { checkInNumber: 1, outcome: 'completed' });
    await c.sleepUntil(startOfKazakhstanDay(addDays(plan.checkIns[0]!.dueAt, 7)) - SCALE * 1_000);
    expect(await followUps('support-officer-y-clock-1')).not.toContain('support.check-in.missed');
    await c.sleepUntil(startOfKazakhstanDay(addDays(plan.checkIns[0]!.dueAt, 7)) + SCALE * 1_000);
    expect(await followUps('support-officer-y-clock-1')).toContain('support.check-in.missed');

    for (const n of [2, 3, 4]) {
      await c.advanceTo(plan.checkIns[n - 1]!.dueAt);
      await x.signal('checkInOutcome', { checkInNumber: n, outcome: 'completed' });
      await y.signal('checkInOutcome', { checkInNumber: n, outcome: 'completed' });
    }
    // The last check-in, 180 case days after the closing, came about three real hours later, never half a year.
    // Measured before awaiting the results: while a result is awaited the test server skips to whatever timer is
    // next, and on a loaded machine it skipped past the workflows' own (ten years, in one CI run).
    expect((await c.realNow()) - realClosed).toBeLessThan((1 + 180) * MINUTE + MINUTE);
    const statuses = async (handle: typeof x) => (await handle.result()).checkIns.map((k) => k.status);
    expect(await statuses(x)).toEqual(['completed', 'completed', 'completed', 'completed']);
    expect(await statuses(y)).toEqual(['missed', 'completed', 'completed', 'completed']);
  });
});

describe('compressed time: the appeal child on the case clock', () => {
  // A test server per scenario: after one awaited workflow results, the next one's env.sleep never returned.
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('wf_case_clock_appeal');
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it('the appeal child waits its decision window in case days', async () => {
    const origin = await h.env.currentTimeMs();
    const c = await new CompressedCase(h, 'clock-2', origin).start();
    await c.exec(latenessReport(await c.today()));
    await c.exec({ type: 'RequestExplanations' });
    await c.exec({
      type: 'RecordExplanation',
      personRef: 'officer-x',
      kind: 'admission',
      documentRef: 'doc-x',
    });
    await c.exec({
      type: 'IssueOrder',
      issuedBy: 'head-1',
      basis: 'admission',
      penalties: [{ personRef: 'officer-x', violationId: 'v1', penalty: 'remark' }],
      findings: [
        {
          personRef: 'officer-x',
          facts: 'established',
          statement: 'Was late three times, shown by the log.',
        },
        { personRef: 'officer-y', facts: 'established', statement: 'Reported the lateness as duty officer.' },
      ],
    });
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-x', outcome: 'signed' });
    const penaltyId = (await c.view()).state.penalties[0]!.penaltyId;
    await c.exec(
      { type: 'FileAppeal', appealId: 'ap-1', penaltyId, to: 'higher-official' },
      subject('officer-x'),
    );
    const appeal = h.env.client.workflow.getHandle('appeal-clock-2-ap-1');
    // The instant the workflow filed it at (the test's own clock, read after the answer, runs ahead of it by
    // the answer's latency times the scale: 10 ms late is 14 case seconds).
    const [filedEvent] = await noticesOf(h, 'clock-2', 'case.appeal-filed');
    const filed = Date.parse(filedEvent!.occurredAt);
    expect(await appeal.query(caseClockQuery)).toMatchObject({ origin: iso(origin), scale: SCALE });

    const decisionNotices = async (type: string) =>
      (await noticesOf(h, 'clock-2', type)).filter((n) => n.data.clock === 'appeal-decision');
    // Reminder at half the 30-day period (15 real minutes), overdue after it (30 real minutes).
    await c.sleepUntil(filed + 15 * DAY - SCALE * 1_000);
    expect(await decisionNotices('case.deadline-approaching')).toEqual([]);
    await c.sleepUntil(filed + 15 * DAY + SCALE * 1_000);
    expect(await decisionNotices('case.deadline-approaching')).toHaveLength(1);
    await c.sleepUntil(filed + 30 * DAY - SCALE * 1_000);
    expect(await outboxTypes(h.dataSource, { key: 'clock-2' })).not.toContain('case.appeal-decision-overdue');
    await c.sleepUntil(filed + 30 * DAY + SCALE * 1_000);
    const [overdue] = await noticesOf(h, 'clock-2', 'case.appeal-decision-overdue');
    expect(Date.parse(overdue!.occurredAt) - (filed + 30 * DAY)).toBeLessThan(SCALE * 1_000);
    expect(Date.parse(overdue!.occurredAt)).toBeGreaterThanOrEqual(filed + 30 * DAY);
    expect((await c.realNow()) - origin).toBeLessThan(31 * MINUTE);

    const decided = await c.exec(
      { type: 'DecideAppeal', appealId: 'ap-1', outcome: 'cancelled', reason: 'Does not match the gravity' },
      HIGHER,
    );
    expect(decided.events).toEqual(expect.arrayContaining(['AppealDecided', 'CaseClosed']));
    expect(await appeal.result()).toEqual({ outcome: 'cancelled', reason: 'Does not match the gravity' });
  });
});
