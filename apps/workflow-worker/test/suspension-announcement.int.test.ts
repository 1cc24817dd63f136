import { addDays, type CaseCommand, type LocalDate } from '@qorgau/domain';
import { deadlinesQuery, tasksQuery } from '@qorgau/workflows';
import { CaseDriver, startHarness, type Harness } from './support/harness';

/** art. 38: a suspension order is shown to the officer within 3 working days; the case reminds and escalates. */
const report = (on: LocalDate): CaseCommand => ({
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'officer-x', roles: ['subject'] },
    { personRef: 'officer-y', roles: ['applicant'] },
  ],
  violations: [
    {
      id: 'v1',
      description: 'Used force on a detainee',
      misconductType: 'other',
      gravity: 'ordinary',
      committedOn: on,
      discoveredOn: on,
      subjectRefs: ['officer-x'],
    },
  ],
});

const noticesOf = async (h: Harness, caseId: string, type: string) =>
  (await h.dataSource.query(
    `SELECT envelope->'data' AS data FROM cases.outbox WHERE message_key = $1 AND envelope->>'type' = $2 ORDER BY id`,
    [caseId, type],
  )) as { data: Record<string, unknown> }[];

describe('suspension announcement on the real test server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('wf_suspension');
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it('a suspension not announced in 3 working days is reminded, escalated, then recorded late', async () => {
    const c = await new CaseDriver(h, 'susp-1').start();
    await c.exec(report(await c.today()), { ref: 'reg-1', role: 'registrar' });
    await c.exec({ type: 'RequestExplanations' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-x', kind: 'denial', documentRef: 'doc-x' });
    await c.exec({ type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' });
    await c.exec({ type: 'SuspendFromDuty', personRef: 'officer-x', until: addDays(await c.today(), 20) });
    const dueOn = (await c.view()).state.suspensions[0]!.announcementDueOn;

    const clock = (await c.handle.query(deadlinesQuery)).find(
      (d) => d.clock.clock === 'suspension-announcement',
    );
    expect(clock).toMatchObject({ personRef: 'officer-x', clock: { dueOn, citation: 'art. 38' } });
    expect(clock?.timers.map((t) => t.kind)).toEqual(['reminder', 'escalation']);
    expect((await c.handle.query(tasksQuery)).head).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ command: 'RecordSuspensionAnnouncement', personRef: 'officer-x' }),
      ]),
    );

    await c.advanceTo(addDays(dueOn, 1));
    const approaching = await noticesOf(h, 'susp-1', 'case.deadline-approaching');
    expect(approaching.map((n) => n.data)).toEqual(
      expect.arrayContaining([expect.objectContaining({ clock: 'suspension-announcement', dueOn })]),
    );
    const passed = await noticesOf(h, 'susp-1', 'case.deadline-passed');
    expect(passed.map((n) => n.data)).toEqual([
      expect.objectContaining({
        clock: 'suspension-announcement',
        dueOn,
        escalateTo: 'head-1',
        citation: 'art. 38',
      }),
    ]);

    const announced = await c.exec({
      type: 'RecordSuspensionAnnouncement',
      personRef: 'officer-x',
      outcome: 'signed',
    });
    expect(announced.events).toEqual(['ProcedureDeadlineMissed', 'SuspensionAnnounced']);
    expect(
      (await c.handle.query(deadlinesQuery)).filter((d) => d.clock.clock === 'suspension-announcement'),
    ).toEqual([]);
    expect((await c.handle.query(tasksQuery)).head ?? []).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ command: 'RecordSuspensionAnnouncement' })]),
    );
  });
});
