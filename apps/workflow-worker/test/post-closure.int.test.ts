import { addDays, type CaseCommand, type LocalDate } from '@qorgau/domain';
import { endOfKazakhstanDay, supportStatusQuery, type supportFollowUpWorkflow } from '@qorgau/workflows';
import {
  CaseDriver,
  outboxTypes,
  recordHistories,
  startHarness,
  subject,
  type Harness,
} from './support/harness';

const report = (discoveredOn: LocalDate): CaseCommand => ({
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'officer-a', roles: ['applicant'] },
    { personRef: 'officer-b', roles: ['subject'] },
    { personRef: 'colleague-c', roles: ['witness'] },
  ],
  violations: [
    {
      id: 'v1',
      description: 'Officer B insulted officer A during service',
      misconductType: 'conflict-between-colleagues',
      gravity: 'ethics',
      committedOn: addDays(discoveredOn, -1),
      discoveredOn,
      subjectRefs: ['officer-b'],
    },
  ],
});

/**
 * DOMAIN.md, post-case support: witnesses get a support plan on request, also once the case is closed (the decider
 * allows RequestWitnessSupport on a closed case). The closed case's workflow stays open for such requests until its
 * support has run (the last check-in offset, 180 days, plus the 7-day grace period after the closing day), then
 * completes.
 */
describe('post-closure requests: a witness asks for support after the case has closed', () => {
  let h: Harness;
  let c: CaseDriver;
  let closedOn: LocalDate;

  beforeAll(async () => {
    h = await startHarness('wf_post_closure');
    c = await new CaseDriver(h, 'late-1').start();
  });
  afterAll(async () => {
    if (h) await recordHistories(h, ['case-late-1']);
    await h?.teardown();
  });

  it('closes the case: proceedings ended, support offered to the applicant and the subject', async () => {
    await c.exec(report(await c.today()), { ref: 'reg-1', role: 'registrar' });
    const ended = await c.exec({
      type: 'EndProceedings',
      reason: 'other',
      statement: 'Settled between them',
    });
    expect(ended).toMatchObject({ stage: 'closed' });
    expect(ended.events).toEqual(expect.arrayContaining(['ProceedingsEnded', 'SupportPlansOffered']));
    closedOn = (await c.view()).state.closedOn!;
    expect(closedOn).toBe(await c.today());
    expect((await c.view()).children).toEqual(['support-officer-a-late-1', 'support-officer-b-late-1']);
  });

  it('stays open after closure and starts a support plan for a witness who asks 100 days later', async () => {
    await c.advanceDays(100);
    expect((await c.handle.describe()).status.name).toBe('RUNNING');
    const asked = await c.exec(
      { type: 'RequestWitnessSupport', personRef: 'colleague-c' },
      subject('colleague-c'),
    );
    expect(asked).toMatchObject({
      stage: 'closed',
      events: ['WitnessSupportRequested', 'SupportPlansOffered'],
    });
    const view = await c.view();
    expect(view.state.witnessSupportRequests).toEqual(['colleague-c']);
    expect(view.children).toEqual([
      'support-officer-a-late-1',
      'support-officer-b-late-1',
      'support-colleague-c-late-1',
    ]);
    // The child runs its own plan, from the day of the request.
    const today = await c.today();
    const plan = await h.env.client.workflow
      .getHandle<typeof supportFollowUpWorkflow>('support-colleague-c-late-1')
      .query(supportStatusQuery);
    expect(plan.checkIns.map((k) => k.dueAt)).toEqual([7, 30, 90, 180].map((d) => addDays(today, d)));
    expect(await outboxTypes(h.dataSource, { key: 'late-1' })).toEqual(
      expect.arrayContaining(['case.witness-support-requested', 'case.support-plans-offered']),
    );
    expect(await outboxTypes(h.dataSource, { key: 'support-colleague-c-late-1' })).toEqual([
      'support.plan.started',
    ]);
  });

  it('refuses a second request and any command a closed case does not take, as before', async () => {
    expect(
      (await c.rejection({ type: 'RequestWitnessSupport', personRef: 'colleague-c' }, subject('colleague-c')))
        .code,
    ).toBe('INVALID_COMMAND');
    expect(
      (
        await c.rejection({
          type: 'RecordAbsence',
          absence: { personRef: 'officer-b', kind: 'sick-leave', from: closedOn, to: closedOn },
        })
      ).code,
    ).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
    expect((await c.view()).state.stage).toBe('closed');
  });

  it('completes once the case’s support has run: 180 days plus the grace period after the closing day', async () => {
    const openUntil = endOfKazakhstanDay(addDays(closedOn, 187));
    await c.h.env.sleep(openUntil - (await c.h.env.currentTimeMs()) - 60_000);
    expect((await c.handle.describe()).status.name).toBe('RUNNING');
    const result = await c.handle.result();
    expect(await c.h.env.currentTimeMs()).toBeGreaterThanOrEqual(openUntil);
    expect(result.state.stage).toBe('closed');
    expect(result.children).toContain('support-colleague-c-late-1');
    const [row] = (await h.dataSource.query(`SELECT version, stage FROM cases.case WHERE id = 'late-1'`)) as {
      version: number;
      stage: string;
    }[];
    expect(row).toEqual({ version: result.version, stage: 'closed' });
  });
});
