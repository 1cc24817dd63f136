import type { CaseCommand, LocalDate } from '@qorgau/domain';
import { CaseDriver, startHarness, type Harness } from './support/harness';

/**
 * art. 57 p.17 across cases: officer X's first penalty does not lapse at 6 months when X got a second penalty in
 * another case within that term; it runs on until the second one's own term ends. The workflow reads the other
 * case from the real cases projection in Postgres (the worker's activity).
 */
const report = (on: LocalDate, violationId: string): CaseCommand => ({
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'officer-x', roles: ['subject'] },
    { personRef: 'officer-y', roles: ['applicant'] },
  ],
  violations: [
    {
      id: violationId,
      description: 'Late for duty three times',
      misconductType: 'lateness',
      gravity: 'ordinary',
      committedOn: on,
      discoveredOn: on,
      subjectRefs: ['officer-x'],
    },
  ],
});

/** A case fast-tracked on X's written admission, ordered and announced today. */
async function penalized(c: CaseDriver, violationId: string): Promise<void> {
  await c.exec(report(await c.today(), violationId), { ref: 'reg-1', role: 'registrar' });
  await c.exec({ type: 'RequestExplanations' });
  await c.exec({ type: 'RecordExplanation', personRef: 'officer-x', kind: 'admission', documentRef: 'd-x' });
  await c.exec({
    type: 'IssueOrder',
    issuedBy: 'head-1',
    basis: 'admission',
    penalties: [{ personRef: 'officer-x', violationId, penalty: 'remark' }],
    findings: [
      { personRef: 'officer-x', facts: 'established', statement: 'Admitted being late, shown by the log.' },
      { personRef: 'officer-y', facts: 'established', statement: 'Reported the lateness as duty officer.' },
    ],
  });
  await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-x', outcome: 'signed' });
}

describe('a penalty lapses at 6 months only if no new penalty came (real test server, real projection)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('wf_penalty_lapse');
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it('a second penalty in another case within the term keeps the first in force until the second ends', async () => {
    const first = await new CaseDriver(h, 'lapse-1').start();
    await penalized(first, 'v1');
    const firstPenalty = (await first.view()).state.penalties[0]!;
    await first.advanceDays(40);
    const second = await new CaseDriver(h, 'lapse-2').start();
    await penalized(second, 'v2');
    const secondPenalty = (await second.view()).state.penalties[0]!;

    await first.advanceTo(firstPenalty.expiresOn);
    await first.advanceDays(1);
    const after6Months = (await first.view()).state;
    expect(after6Months.penalties[0]).toMatchObject({ status: 'active', expiresOn: secondPenalty.expiresOn });
    expect(after6Months.stage).toBe('penalty-active');

    await first.advanceTo(secondPenalty.expiresOn);
    await first.advanceDays(1);
    expect((await first.view()).state.penalties[0]?.status).toBe('expired');
    expect((await first.view()).state.stage).toBe('closed');
    // The second case's penalty had no newer one: it lapsed on its own 6 months.
    expect((await second.view()).state.penalties[0]?.status).toBe('expired');
  });
});
