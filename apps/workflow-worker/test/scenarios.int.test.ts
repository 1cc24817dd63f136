import type { CaseCommand } from '@qorgau/domain';
import { absenceReportedSignal, deadlinesQuery } from '@qorgau/workflows';
import {
  CaseDriver,
  COMMISSION,
  HEAD,
  HIGHER,
  INVESTIGATOR,
  latenessReport,
  outboxTypes,
  recordHistories,
  startHarness,
  subject,
  type Harness,
} from './support/harness';

/** One subject, one applicant: the short cases of the acceptance list, each its own workflow on one test server. */
const report = latenessReport;
const findings = [
  { personRef: 'officer-x', facts: 'established', statement: 'Was late three times, shown by the duty log.' },
  { personRef: 'officer-y', facts: 'established', statement: 'Reported the lateness as duty officer.' },
] as const;

async function investigate(c: CaseDriver): Promise<void> {
  await c.exec(report(await c.today()), { ref: 'reg-1', role: 'registrar' });
  await c.exec({ type: 'RequestExplanations' });
  await c.exec({ type: 'RecordExplanation', personRef: 'officer-x', kind: 'denial', documentRef: 'doc-x' });
  await c.exec({ type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' });
}

async function toFamiliarized(c: CaseDriver, penalty: string): Promise<void> {
  await investigate(c);
  const window = (await c.view()).state.protectionActs[0]!.window;
  await c.advanceTo(window.closesOn);
  await c.advanceDays(1);
  await c.exec(
    {
      type: 'SubmitConclusion',
      findings,
      proposals: [{ personRef: 'officer-x', violationId: 'v1', penalty: penalty as never }],
      circumstances: [],
      protectionActReferences: {},
    },
    INVESTIGATOR,
  );
  await c.exec({ type: 'ApproveConclusion', approvedBy: 'head-1' });
  await c.exec(
    { type: 'RecordFamiliarization', personRef: 'officer-x', outcome: 'signed' },
    subject('officer-x'),
  );
}

const noticesOf = async (h: Harness, caseId: string, type: string) =>
  (await h.dataSource.query(
    `SELECT envelope->'data' AS data FROM cases.outbox WHERE message_key = $1 AND envelope->>'type' = $2 ORDER BY id`,
    [caseId, type],
  )) as { data: Record<string, unknown> }[];

describe('investigation lifecycles on the real test server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('wf_scenarios');
  });
  afterAll(async () => {
    if (h)
      await recordHistories(h, [
        'case-fast-1',
        'case-window-1',
        'case-sick-1',
        'case-comm-1',
        'appeal-comm-1-ap-1',
      ]);
    await h?.teardown();
  });

  it('admission fast track: an admitted minor violation is ordered without investigation', async () => {
    const c = await new CaseDriver(h, 'fast-1').start();
    await c.exec(report(await c.today()));
    await c.exec({ type: 'RequestExplanations' });
    await c.exec({
      type: 'RecordExplanation',
      personRef: 'officer-x',
      kind: 'admission',
      documentRef: 'doc-x',
    });
    const order = await c.exec({
      type: 'IssueOrder',
      issuedBy: 'head-1',
      basis: 'admission',
      penalties: [{ personRef: 'officer-x', violationId: 'v1', penalty: 'remark' }],
      findings: [...findings],
    });
    expect(order).toMatchObject({ stage: 'order-issued' });
    expect((await c.view()).children).toEqual(['support-officer-x-fast-1', 'support-officer-y-fast-1']);
  });

  it('a Protection Act window closes unused; an extension request granted moves the other window', async () => {
    const c = await new CaseDriver(h, 'window-1').start();
    await c.exec({
      ...(report(await c.today()) as Extract<CaseCommand, { type: 'ReportCase' }>),
      parties: [
        { personRef: 'officer-x', roles: ['subject'] },
        { personRef: 'officer-z', roles: ['subject'] },
        { personRef: 'officer-y', roles: ['applicant'] },
      ],
      violations: [
        {
          id: 'v1',
          description: 'Lost a service radio',
          misconductType: 'negligence',
          gravity: 'ordinary',
          committedOn: await c.today(),
          discoveredOn: await c.today(),
          subjectRefs: ['officer-x', 'officer-z'],
        },
      ],
    });
    await c.exec({ type: 'RequestExplanations' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-x', kind: 'denial', documentRef: 'd-x' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-z', kind: 'denial', documentRef: 'd-z' });
    await c.exec({ type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' });
    const before = (await c.view()).state.protectionActs.find((a) => a.personRef === 'officer-z')!.window;
    await c.exec(
      {
        type: 'RequestProtectionActExtension',
        personRef: 'officer-z',
        workingDays: 3,
        reason: 'Collecting shift logs',
      },
      subject('officer-z'),
    );
    await c.exec({
      type: 'DecideProtectionActExtension',
      personRef: 'officer-z',
      granted: true,
      reason: 'Reasoned',
    });
    const after = (await c.view()).state.protectionActs.find((a) => a.personRef === 'officer-z')!.window;
    expect(after.closesOn > before.closesOn).toBe(true);
    const zDeadline = (await c.handle.query(deadlinesQuery)).find(
      (d) => d.clock.clock === 'protection-act-window' && d.personRef === 'officer-z',
    )!;
    expect(zDeadline.clock.dueOn).toBe(after.closesOn);
    expect(zDeadline.clock.why).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'extended' })]),
    );

    await c.advanceTo(after.closesOn);
    await c.advanceDays(1);
    const closed = await noticesOf(h, 'window-1', 'case.protection-act-window-closed');
    expect(closed.map((n) => [n.data.personRef, n.data.dueOn, n.data.used])).toEqual([
      ['officer-x', before.closesOn, false],
      ['officer-z', after.closesOn, false],
    ]);
    // The old closing day of officer Z's window never fired: the timer moved with the extension.
    expect(
      closed.filter((n) => n.data.personRef === 'officer-z' && n.data.dueOn === before.closesOn),
    ).toEqual([]);
  });

  it('sick leave pauses the investigation month; the escalation follows the moved deadline', async () => {
    const c = await new CaseDriver(h, 'sick-1').start();
    await investigate(c);
    const dueBefore = (await c.view()).state.investigation!.dueOn;
    const from = await c.today();
    const to = (await import('@qorgau/domain')).addDays(from, 9);
    await c.handle.signal(absenceReportedSignal, {
      personRef: 'officer-x',
      kind: 'sick-leave',
      from,
      to,
      actor: { ref: 'hr-1', role: 'head' },
      requestId: 'sick-1-absence',
    });
    await c.advanceDays(1);
    const inv = (await c.handle.query(deadlinesQuery)).find((d) => d.clock.clock === 'investigation')!;
    expect(inv.clock.dueOn > dueBefore).toBe(true);
    expect(inv.clock.why).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'paused' })]));
    await c.advanceTo(dueBefore);
    await c.advanceDays(1);
    expect(await noticesOf(h, 'sick-1', 'case.deadline-passed')).toEqual([]);
    await c.advanceTo(inv.clock.dueOn);
    await c.advanceDays(1);
    const passed = await noticesOf(h, 'sick-1', 'case.deadline-passed');
    // The limitation clock from discovery is paused by the same sick leave (art. 57 p.15) and passes too.
    expect(
      passed.filter((n) => n.data.clock === 'investigation').map((n) => [n.data.dueOn, n.data.escalateTo]),
    ).toEqual([[inv.clock.dueOn, 'head-1']]);
    expect(await outboxTypes(h.dataSource, { key: 'sick-1' })).toContain('case.deadline-approaching');
  });

  it('a commission without quorum is rescheduled; an appeal cancels the penalty, restores the officer and closes the case', async () => {
    const c = await new CaseDriver(h, 'comm-1').start();
    await toFamiliarized(c, 'incomplete-compliance-warning');
    const members = [
      { personRef: 'm-chair', role: 'chair' },
      { personRef: 'm-sec', role: 'secretary' },
      { personRef: 'm-3', role: 'member' },
      { personRef: 'm-4', role: 'member' },
      { personRef: 'm-5', role: 'member' },
    ] as const;
    const schedule = async () => {
      const { addDays } = await import('@qorgau/domain');
      const sessionOn = addDays(await c.today(), 3);
      await c.exec({ type: 'ScheduleCommissionSession', members, sessionOn }, COMMISSION);
      await c.advanceTo(sessionOn);
    };
    const hold = (present: string[], run: typeof c.exec = (cmd, actor) => c.exec(cmd, actor)) =>
      run(
        {
          type: 'HoldCommissionSession',
          presentRefs: present,
          considerations: [
            {
              personRef: 'officer-x',
              participation: 'in-person',
              votes: present.map((memberRef) => ({
                memberRef,
                choice: { kind: 'penalty', penalty: 'incomplete-compliance-warning' },
              })),
            },
          ],
          protectionActReferences: {},
        },
        COMMISSION,
      );
    await schedule();
    const noQuorum = await hold(['m-chair', 'm-sec', 'm-3'], (cmd, actor) =>
      c.rejection(cmd, actor).then((e) => ({ version: 0, stage: 'none', events: [], error: e }) as never),
    );
    expect((noQuorum as unknown as { error: { code: string } }).error.code).toBe('COMMISSION_NO_QUORUM');
    await schedule();
    expect(await hold(['m-chair', 'm-sec', 'm-3', 'm-4'])).toMatchObject({ stage: 'commission-decided' });
    await c.exec({
      type: 'IssueOrder',
      issuedBy: 'head-1',
      basis: 'investigation',
      penalties: [{ personRef: 'officer-x', violationId: 'v1', penalty: 'incomplete-compliance-warning' }],
    });
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-x', outcome: 'signed' }, HEAD);
    const penaltyId = (await c.view()).state.penalties[0]!.penaltyId;
    await c.exec(
      { type: 'FileAppeal', appealId: 'ap-1', penaltyId, to: 'higher-official' },
      subject('officer-x'),
    );
    expect((await c.view()).children).toContain('appeal-comm-1-ap-1');
    // The higher official takes longer than the policy period: the appeal child reminds, then escalates.
    await c.advanceDays(31);
    expect(await outboxTypes(h.dataSource, { key: 'comm-1' })).toContain('case.appeal-decision-overdue');
    const decided = await c.exec(
      { type: 'DecideAppeal', appealId: 'ap-1', outcome: 'cancelled', reason: 'Does not match the gravity' },
      HIGHER,
    );
    // Cancelled on appeal = cleared: the same restoration path as an exoneration (wellbeing's HR follow-up).
    expect(decided.events).toEqual(['AppealDecided', 'RestorationStarted', 'CaseClosed']);
    expect(await outboxTypes(h.dataSource, { key: 'comm-1' })).toContain('case.restoration-started');
    expect((await c.view()).state.restorations).toEqual([
      expect.objectContaining({ personRef: 'officer-x', findingsNoticeOn: await c.today() }),
    ]);
    const appeal = await h.env.client.workflow.getHandle('appeal-comm-1-ap-1').result();
    expect(appeal).toEqual({ outcome: 'cancelled', reason: 'Does not match the gravity' });
    const final = await c.handle.result();
    expect(final.state.penalties[0]!.status).toBe('cancelled');
  });
});
