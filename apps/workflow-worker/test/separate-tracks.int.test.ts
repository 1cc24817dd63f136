import type { CaseCommand, LocalDate } from '@qorgau/domain';
import { CaseDriver, INVESTIGATOR, startHarness, subject, type Harness } from './support/harness';

/**
 * Issue 16: officer X admits in writing, officer Z denies the same violation. X's fast-track order concerns X
 * alone; Z is investigated to their own conclusion and order, in either order of events, and the case closes
 * only when both tracks have ended.
 */
const report = (on: LocalDate): CaseCommand => ({
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'officer-x', roles: ['subject'] },
    { personRef: 'officer-z', roles: ['subject'] },
    { personRef: 'officer-y', roles: ['applicant'] },
  ],
  violations: [
    {
      id: 'v1',
      description: 'Insulted a colleague on shift',
      misconductType: 'conflict-between-colleagues',
      gravity: 'ordinary',
      committedOn: on,
      discoveredOn: on,
      subjectRefs: ['officer-x', 'officer-z'],
    },
  ],
});
const X = {
  personRef: 'officer-x',
  facts: 'established',
  statement: 'X admitted the insult in writing.',
} as const;
const Y = { personRef: 'officer-y', facts: 'established', statement: 'Y reported the insults.' } as const;
const Z = {
  personRef: 'officer-z',
  facts: 'established',
  statement: 'Z insulted Y, shown by the witness.',
} as const;
const fastTrackOrderForX: CaseCommand = {
  type: 'IssueOrder',
  issuedBy: 'head-1',
  basis: 'admission',
  penalties: [{ personRef: 'officer-x', violationId: 'v1', penalty: 'remark' }],
  findings: [X, Y],
};
const orderInvestigation: CaseCommand = {
  type: 'OrderInvestigation',
  orderedBy: 'head-1',
  investigatorRef: 'inv-1',
};

async function explained(c: CaseDriver): Promise<void> {
  await c.exec(report(await c.today()), { ref: 'reg-1', role: 'registrar' });
  await c.exec({ type: 'RequestExplanations' });
  await c.exec({ type: 'RecordExplanation', personRef: 'officer-x', kind: 'admission', documentRef: 'd-x' });
  await c.exec({ type: 'RecordExplanation', personRef: 'officer-z', kind: 'denial', documentRef: 'd-z' });
}

/** Z's investigation, once ordered, to the head's order on it. */
async function investigateZ(c: CaseDriver): Promise<void> {
  const window = (await c.view()).state.protectionActs.find((a) => a.personRef === 'officer-z')!.window;
  await c.advanceTo(window.closesOn);
  await c.advanceDays(1);
  await c.exec(
    {
      type: 'SubmitConclusion',
      findings: [X, Y, Z],
      proposals: [{ personRef: 'officer-z', violationId: 'v1', penalty: 'reprimand' }],
      circumstances: [],
      protectionActReferences: {},
    },
    INVESTIGATOR,
  );
  await c.exec({ type: 'ApproveConclusion', approvedBy: 'head-1' });
  await c.exec(
    { type: 'RecordFamiliarization', personRef: 'officer-z', outcome: 'signed' },
    subject('officer-z'),
  );
  await c.exec({
    type: 'IssueOrder',
    issuedBy: 'head-1',
    basis: 'investigation',
    penalties: [{ personRef: 'officer-z', violationId: 'v1', penalty: 'reprimand' }],
  });
}

describe('several subjects of one violation on different tracks (real test server)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('wf_tracks');
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it('fast-track order first: Z is not cleared, is investigated and ordered; the case closes after both penalties', async () => {
    const c = await new CaseDriver(h, 'tracks-1').start();
    await explained(c);
    const first = await c.exec(fastTrackOrderForX);
    expect(first.events).not.toContain('RestorationStarted');
    expect(first.stage).toBe('explanation-requested');
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-x', outcome: 'signed' });
    await c.exec(orderInvestigation);
    expect((await c.view()).state.protectionActs.map((a) => a.personRef)).toEqual(['officer-z']);
    await investigateZ(c);
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-z', outcome: 'signed' });
    const ordered = (await c.view()).state;
    expect(ordered.stage).toBe('penalty-active');
    expect(ordered.restorations).toEqual([]);
    const [x, z] = ordered.penalties;
    expect([x!.personRef, z!.personRef]).toEqual(['officer-x', 'officer-z']);

    // X's penalty lapses on its own day; Z's still runs, so the case stays open.
    await c.advanceTo(x!.expiresOn);
    await c.advanceDays(1);
    const between = (await c.view()).state;
    expect(between.penalties.map((p) => p.status)).toEqual(
      x!.expiresOn === z!.expiresOn ? ['expired', 'expired'] : ['expired', 'active'],
    );
    if (x!.expiresOn !== z!.expiresOn) expect(between.stage).toBe('penalty-active');
    await c.advanceTo(z!.expiresOn);
    await c.advanceDays(1);
    expect((await c.view()).state.stage).toBe('closed');
  });

  it('investigation first: X is still ordered on the fast track while Z is investigated', async () => {
    const c = await new CaseDriver(h, 'tracks-2').start();
    await explained(c);
    await c.exec(orderInvestigation);
    const fast = await c.exec(fastTrackOrderForX);
    expect(fast.stage).toBe('investigation');
    expect((await c.view()).state.penalties.map((p) => p.personRef)).toEqual(['officer-x']);
    await investigateZ(c);
    const state = (await c.view()).state;
    expect(state.stage).toBe('order-issued');
    expect(state.penalties.map((p) => [p.personRef, p.penalty])).toEqual([
      ['officer-x', 'remark'],
      ['officer-z', 'reprimand'],
    ]);
  });
});
