import { supportStatusQuery, tasksQuery, deadlinesQuery } from '@qorgau/workflows';
import {
  CaseDriver,
  HEAD,
  INVESTIGATOR,
  outboxTypes,
  recordHistories,
  startHarness,
  subject,
  type Harness,
} from './support/harness';
import {
  B_PROTECTION_ACT,
  FINDINGS,
  IDENTICAL,
  JUSTIFICATION,
  seedReport,
} from '@qorgau/domain/test-support';

/**
 * The seed's case end to end on the real test server with real activities on PostgreSQL: report, explanations,
 * investigation with officer B's Protection Act answered item by item (conclusion blocked until then and while
 * the window is open), symmetric-sanction guard, order, support check-ins for both officers over 180 days (one
 * missed and escalated), and both penalties expiring after 6 months, which closes the case.
 */
describe('seed case: the whole lifecycle, durably', () => {
  let h: Harness;
  let c: CaseDriver;
  const wall = Date.now();

  beforeAll(async () => {
    h = await startHarness('wf_seed_case');
    c = await new CaseDriver(h, 'seed-1').start();
  });
  afterAll(async () => {
    if (h) await recordHistories(h, ['case-seed-1', 'support-officer-a-seed-1', 'support-officer-b-seed-1']);
    await h?.teardown();
    console.log(`seed case: ${((Date.now() - wall) / 1000).toFixed(1)} s wall`);
  });

  it('registers the report and flags the slap without objective evidence', async () => {
    const today = await c.today();
    const result = await c.exec(seedReport(today), { ref: 'reg-1', role: 'registrar' });
    expect(result).toMatchObject({
      stage: 'reported',
      events: ['CaseReported', 'EvidenceBasisFlagsChanged'],
    });
    const { state, version } = await c.view();
    expect(version).toBe(2);
    expect(state.evidenceBasisFlags).toEqual([expect.objectContaining({ allegationId: 'al-slap' })]);
    const [row] = (await h.dataSource.query(`SELECT version, stage FROM cases.case WHERE id = 'seed-1'`)) as {
      version: number;
      stage: string;
    }[];
    expect(row).toEqual({ version: 2, stage: 'reported' });
  });

  it('rejects a command the stage forbids with a DomainError, before anything is recorded', async () => {
    const error = await c.rejection({ type: 'ApproveConclusion', approvedBy: 'head-1' });
    expect(error).toMatchObject({ code: 'COMMAND_NOT_ALLOWED_IN_STAGE' });
    expect((await c.view()).version).toBe(2);
  });

  it('runs the investigation; the Protection Act blocks the conclusion until every item is answered', async () => {
    await c.exec({ type: 'RequestExplanations' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-a', kind: 'denial', documentRef: 'doc-a' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-b', kind: 'denial', documentRef: 'doc-b' });
    await c.advanceDays(1);
    // Recusal: an investigator with a declared interest cannot be assigned.
    await c.exec({
      type: 'DeclareInterest',
      interest: { participantRef: 'inv-2', partyRef: 'officer-b', kind: 'relative' },
    });
    const recusal = await c.rejection({
      type: 'OrderInvestigation',
      orderedBy: 'head-1',
      investigatorRef: 'inv-2',
    });
    expect(recusal.code).toMatch(/RECUS|INTEREST/);
    await c.exec({ type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' });
    const tasks = await c.handle.query(tasksQuery);
    expect(tasks.subject?.map((t) => t.personRef)).toEqual(['officer-a', 'officer-b']);

    await c.exec(
      { type: 'FileProtectionAct', personRef: 'officer-b', items: B_PROTECTION_ACT },
      subject('officer-b'),
    );
    const submit = {
      type: 'SubmitConclusion',
      findings: FINDINGS,
      proposals: IDENTICAL,
      circumstances: [],
      protectionActReferences: { 'officer-a': [], 'officer-b': B_PROTECTION_ACT.map((i) => i.id) },
      symmetricSanctionJustification: JUSTIFICATION,
    } as const;
    const window = (await c.view()).state.protectionActs.find((a) => a.personRef === 'officer-b')!.window;
    expect((await c.rejection(submit, INVESTIGATOR)).code).toMatch(/PROTECTION_ACT/);
    expect((await c.handle.query(tasksQuery)).investigator).toHaveLength(6);

    for (const item of B_PROTECTION_ACT) {
      await c.exec(
        {
          type: 'AnswerProtectionActItem',
          personRef: 'officer-b',
          itemId: item.id,
          decision: item.id === 'b-3' ? 'verification-performed' : 'granted',
          reason: 'Considered in the conclusion',
          ...(item.id === 'b-3' ? { verification: 'The corridor camera was not recording that day' } : {}),
          answeredBy: 'inv-1',
        },
        INVESTIGATOR,
      );
    }
    // Still blocked while the window is open: the minimum preparation time is guaranteed.
    expect((await c.rejection(submit, INVESTIGATOR)).code).toBe('PROTECTION_ACT_WINDOW_OPEN');
    const deadlines = await c.handle.query(deadlinesQuery);
    expect(deadlines.map((d) => d.clock.clock)).toEqual(
      expect.arrayContaining(['investigation', 'protection-act-window']),
    );
    await c.advanceTo(window.closesOn);
    await c.advanceDays(1);
    // Window reminders went out (2 and 1 working days before closing), then its closing notice.
    const notices = await outboxTypes(h.dataSource, { key: 'seed-1' });
    expect(notices).toEqual(
      expect.arrayContaining(['case.deadline-approaching', 'case.protection-act-window-closed']),
    );
    // The guard: identical penalties without a justification are refused.
    const { symmetricSanctionJustification: _j, ...unjustified } = submit;
    expect((await c.rejection(unjustified, INVESTIGATOR)).code).toBe(
      'SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED',
    );
    expect(await c.exec(submit, INVESTIGATOR)).toMatchObject({ stage: 'conclusion-submitted' });
  });

  it('approves, familiarizes and issues the order; support plans start as abandoned children', async () => {
    await c.exec({ type: 'ApproveConclusion', approvedBy: 'head-1' });
    await c.advanceDays(1);
    await c.exec(
      { type: 'RecordFamiliarization', personRef: 'officer-a', outcome: 'signed' },
      subject('officer-a'),
    );
    await c.exec(
      { type: 'RecordFamiliarization', personRef: 'officer-b', outcome: 'signed' },
      subject('officer-b'),
    );
    const order = await c.exec({
      type: 'IssueOrder',
      issuedBy: 'head-1',
      basis: 'investigation',
      penalties: IDENTICAL,
      symmetricSanctionJustification: JUSTIFICATION,
    });
    expect(order.events).toEqual(expect.arrayContaining(['OrderIssued', 'SupportPlansOffered']));
    expect((await c.view()).children).toEqual(['support-officer-a-seed-1', 'support-officer-b-seed-1']);
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-a', outcome: 'signed' }, HEAD);
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-b', outcome: 'refused' }, HEAD);
    expect((await c.view()).state.stage).toBe('penalty-active');
  });

  it('runs check-ins for both officers over 180 days; a missed one is escalated', async () => {
    const a = h.env.client.workflow.getHandle('support-officer-a-seed-1');
    const b = h.env.client.workflow.getHandle('support-officer-b-seed-1');
    for (const [n, offset] of [7, 30, 90, 180].entries()) {
      const due = (await a.query(supportStatusQuery)).checkIns[n]!.dueAt;
      await c.advanceTo(due);
      expect(offset).toBeGreaterThan(0);
      await a.signal('checkInOutcome', { checkInNumber: n + 1, outcome: n === 2 ? 'worrying' : 'completed' });
      // Officer B's second check-in gets no outcome: missed after the grace period.
      if (n !== 1) await b.signal('checkInOutcome', { checkInNumber: n + 1, outcome: 'completed' });
    }
    await c.advanceDays(8);
    const aFollowUps = await outboxTypes(h.dataSource, { key: 'support-officer-a-seed-1' });
    expect(aFollowUps).toEqual([
      'support.plan.started',
      'support.check-in.due',
      'support.check-in.due',
      'support.check-in.due',
      'support.check-in.due',
      'support.plan.ended',
    ]);
    const bFollowUps = await outboxTypes(h.dataSource, { key: 'support-officer-b-seed-1' });
    expect(bFollowUps.filter((t) => t === 'support.check-in.missed')).toHaveLength(1);
    expect((await b.query(supportStatusQuery)).checkIns.map((x) => x.status)).toEqual([
      'completed',
      'missed',
      'completed',
      'completed',
    ]);
    // The worrying outcome crosses the wall only as "a concern was raised on the case".
    expect(await outboxTypes(h.dataSource, { key: 'seed-1' })).toContain('case.support-concern-raised');
  });

  it('expires both penalties after 6 months automatically, closing the case and completing the workflow', async () => {
    const { state } = await c.view();
    const expiresOn = state.penalties[0]!.expiresOn;
    await c.advanceTo(expiresOn);
    const result = await c.handle.result();
    expect(result.state.stage).toBe('closed');
    expect(result.state.penalties.map((p) => p.status)).toEqual(['expired', 'expired']);
    const [row] = (await h.dataSource.query(
      `SELECT c.version, c.stage, (SELECT count(*)::int FROM cases.case_event e WHERE e.case_id = c.id) AS events FROM cases.case c WHERE c.id = 'seed-1'`,
    )) as { version: number; stage: string; events: number }[];
    expect(row).toEqual({ version: result.version, stage: 'closed', events: result.version });
  });
});
