import { daysBetween } from '@qorgau/domain';
import { CaseDriver, HEAD, INVESTIGATOR, startHarness, subject } from '../test/support/harness';
import {
  B_PROTECTION_ACT,
  FINDINGS,
  IDENTICAL,
  JUSTIFICATION,
  seedReport,
} from '@qorgau/domain/test-support';

/** How long the expertise pauses the case: the order lands in month 6, the penalties expire after day 365. */
const EXPERTISE_DAYS = 165;

/**
 * More than one simulated year of the seed's case on the real test server with time skipping and real activities on
 * PostgreSQL, with the case workflow running the whole time: report → investigation with a Protection Act → a
 * pending expertise (`StartClockPause` cause 'expertise', ~5.5 months; the limitation clocks pause, art. 57 p.15)
 * → conclusion → order (month 6) → support check-ins for both officers over 180 days → both penalties expiring
 * 6 months after the order (past day 365, closes the case).
 * Prints `one-year case: <simulated days> simulated days in <wall> s wall` (server start excluded; the whole
 * interval, report → closure, is skipped while the case workflow is still running: the Java test server's time
 * skipping hangs once every workflow has completed). Run: `pnpm bench` (starts its own stack).
 */
async function main(): Promise<void> {
  const h = await startHarness(`wf_bench_${Date.now()}`, {
    workflowBundlePath: process.env.WORKFLOW_BUNDLE_PATH,
  });
  try {
    const wall = Date.now();
    const c = await new CaseDriver(h, `bench-${Date.now()}`).start();
    const day0 = await c.today();
    await c.exec(seedReport(day0), { ref: 'reg-1', role: 'registrar' });
    await c.exec({ type: 'RequestExplanations' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-a', kind: 'denial', documentRef: 'doc-a' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-b', kind: 'denial', documentRef: 'doc-b' });
    await c.exec({ type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' });
    await c.exec(
      { type: 'FileProtectionAct', personRef: 'officer-b', items: B_PROTECTION_ACT },
      subject('officer-b'),
    );
    for (const item of B_PROTECTION_ACT)
      await c.exec(
        {
          type: 'AnswerProtectionActItem',
          personRef: 'officer-b',
          itemId: item.id,
          decision: 'granted',
          reason: 'Considered in the conclusion',
          answeredBy: 'inv-1',
        },
        INVESTIGATOR,
      );
    if (process.env.BENCH_VERBOSE) console.log('investigation running', (Date.now() - wall) / 1000);
    await c.advanceDays(20);
    // A forensic expertise is commissioned and its result takes ~5.5 months: the limitation clocks pause meanwhile.
    await c.exec({ type: 'StartClockPause', pauseId: 'expertise-1', cause: 'expertise' });
    await c.advanceDays(EXPERTISE_DAYS);
    await c.exec({ type: 'EndClockPause', pauseId: 'expertise-1' });
    if (process.env.BENCH_VERBOSE) console.log('expertise returned', (Date.now() - wall) / 1000);
    await c.exec(
      {
        type: 'SubmitConclusion',
        findings: FINDINGS,
        proposals: IDENTICAL,
        circumstances: [],
        protectionActReferences: { 'officer-a': [], 'officer-b': B_PROTECTION_ACT.map((i) => i.id) },
        symmetricSanctionJustification: JUSTIFICATION,
      },
      INVESTIGATOR,
    );
    await c.exec({ type: 'ApproveConclusion', approvedBy: 'head-1' });
    await c.exec(
      { type: 'RecordFamiliarization', personRef: 'officer-a', outcome: 'signed' },
      subject('officer-a'),
    );
    await c.exec(
      { type: 'RecordFamiliarization', personRef: 'officer-b', outcome: 'signed' },
      subject('officer-b'),
    );
    await c.exec({
      type: 'IssueOrder',
      issuedBy: 'head-1',
      basis: 'investigation',
      penalties: IDENTICAL,
      symmetricSanctionJustification: JUSTIFICATION,
    });
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-a', outcome: 'signed' }, HEAD);
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-b', outcome: 'signed' }, HEAD);
    if (process.env.BENCH_VERBOSE) console.log('order announced', (Date.now() - wall) / 1000);
    const expiresOn = (await c.view()).state.penalties[0]!.expiresOn;
    await c.advanceTo(expiresOn);
    if (process.env.BENCH_VERBOSE) console.log('expiry day', (Date.now() - wall) / 1000);
    // Closed on the expiry day; the workflow itself stays open for post-case requests (post-closure.ts), so read it.
    const result = await c.view();
    if (result.state.stage !== 'closed')
      throw new Error(`not closed on the expiry day: ${result.state.stage}`);
    const seconds = (Date.now() - wall) / 1000;
    // Report → closure (penalty expiry, month 12+) with the 180-day support plans running alongside.
    const simulatedDays = daysBetween(day0, await c.today());
    console.log(`one-year case: ${simulatedDays} simulated days in ${seconds.toFixed(1)} s wall`);
    console.log(
      `  (stage ${result.state.stage}, ${result.version} events, ` +
        `order on day ${daysBetween(day0, result.state.order!.issuedOn)})`,
    );
    if (simulatedDays < 365) throw new Error(`only ${simulatedDays} simulated days: not a one-year case`);
  } finally {
    await h.teardown();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
